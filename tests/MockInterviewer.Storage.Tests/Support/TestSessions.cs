using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Storage.Tests.Support;

public static class TestSessions
{
    public static InterviewSession New(DateTimeOffset? startedAt = null, int? timeLimitMinutes = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Settings = new InterviewSettings(InterviewMode.Interview, "backend", Language.En, 2, timeLimitMinutes, FeedbackTiming.AtEnd),
        StartedAt = startedAt ?? DateTimeOffset.UtcNow,
        Questions = [new QuestionProgress { QuestionId = "q1" }, new QuestionProgress { QuestionId = "q2" }],
    };

    public static Turn Answer(InterviewSession session, string text, string? clientMessageId = null) =>
        session.AppendTurn(Role.Candidate, MessageKind.Answer, text, Turn.NewMessageId(), session.CurrentIndex, DateTimeOffset.UtcNow)
            with { ClientMessageId = clientMessageId };

    public static Turn Question(InterviewSession session) =>
        session.AppendTurn(Role.Interviewer, MessageKind.Question, "Tell me about a cache.", Turn.NewMessageId(), session.CurrentIndex, DateTimeOffset.UtcNow);
}
