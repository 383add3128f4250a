using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Flow.Offline;

/// <summary>
/// How the interviewer leads into a follow-up, from how the answer went: "good" only after a strong answer,
/// a neutral word after a partial one, a kind steer back when nothing landed, and a gentle correction when the
/// answer misread the question.
/// </summary>
internal static class FollowUpLeadIn
{
    public const string Strong = "followUp.strong";
    public const string Partial = "followUp.partial";
    public const string Redirect = "followUp.redirect";
    public const string Misread = "followUp.misread";

    public static readonly string[] PhraseKeys = [Strong, Partial, Redirect, Misread];

    // From this score on an answer is strong enough that "good" is honest.
    private const int StrongScore = 70;

    /// <returns>The phrase key, and what the answer seems to have answered instead when it misread the question.</returns>
    public static (string Key, string? Misreading) Choose(Assessment? assessment)
    {
        if (assessment is null)
        {
            return (Partial, null);
        }

        if (assessment.Misreading is { } misreading)
        {
            return (Misread, misreading);
        }

        var touched = assessment.Points.Any(p => p.Status is PointStatus.Covered or PointStatus.Partial);
        return (!touched ? Redirect : assessment.Score >= StrongScore ? Strong : Partial, null);
    }
}
