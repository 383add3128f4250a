using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Practice;

/// <summary>
/// Builds a review from the candidate's points: first the questions with points due, the one holding the
/// weakest first; then, while there is room, questions with points not yet settled. Each question aims its
/// follow-ups at those points, the weakest first. What is left is for today's spread to fill.
/// </summary>
public static class ReviewPlanner
{
    /// <summary>A point this far along, and not due, needs no review yet (about three covered results in a row).</summary>
    public const double SettledMastery = 0.75;

    public static ReviewPlan Plan(IEnumerable<PointMastery> points, QuestionBank bank, InterviewSettings settings, DateTimeOffset now)
    {
        var track = QuestionPlanner.TrackOf(settings);
        var questions = MasteryBoard.WeakestFirst(points, now)
            .Where(p => p.IsDue(now) || p.Mastery < SettledMastery)
            .Where(p => bank.Find(p.QuestionId)?.BelongsTo(track) == true)
            .GroupBy(p => p.QuestionId, StringComparer.Ordinal)
            .Take(settings.QuestionCount)
            .Select(g => new ReviewQuestion(g.Key, g.Select(p => p.PointId).ToList()))
            .ToList();
        return new ReviewPlan(questions);
    }
}
