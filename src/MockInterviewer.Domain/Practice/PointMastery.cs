using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Practice;

/// <summary>Where the candidate stands on one reference point (contract §7's <c>points</c>).</summary>
/// <param name="Text">The point in the candidate's language.</param>
/// <param name="Attempts">The sessions that assessed the point.</param>
/// <param name="Mastery">0 (never shown) to 1 (shown every time lately); see <see cref="MasteryScore"/>.</param>
/// <param name="DueAt">When the point should come back; see <see cref="RepetitionSchedule"/>.</param>
public sealed record PointMastery(
    string QuestionId,
    string PointId,
    string Text,
    int Attempts,
    PointStatus LastStatus,
    double Mastery,
    DateTimeOffset DueAt)
{
    public bool IsDue(DateTimeOffset now) => DueAt <= now;
}
