using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Practice;

/// <summary>How one reference point fared in one session: the row the history of a point is made of.</summary>
public sealed record PointResult(
    string SessionId,
    string QuestionId,
    string PointId,
    PointStatus Status,
    GradingEngine Engine,
    DateTimeOffset At)
{
    /// <summary>
    /// One result per reference point of the assessed question. A reply to a follow-up regrades the whole
    /// question, so a later assessment's results replace the earlier ones of the same session. None for a drafted
    /// question: its points belong to one session, so no review could ask about them again.
    /// </summary>
    public static IReadOnlyList<PointResult> Of(string sessionId, Assessment assessment, DateTimeOffset at) =>
        Question.IsDraftedId(assessment.QuestionId) ? [] : assessment.Points
            .Select(p => new PointResult(sessionId, assessment.QuestionId, p.PointId, p.Status, assessment.Engine, at))
            .ToList();
}
