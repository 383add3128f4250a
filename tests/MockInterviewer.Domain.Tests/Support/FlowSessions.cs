using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>Sessions and grades made by hand, for driving the state machine without a bank or a grader.</summary>
internal static class FlowSessions
{
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static InterviewSession Begun(
        int questions = 3,
        InterviewMode mode = InterviewMode.Interview,
        int? timeLimitMinutes = null,
        FeedbackTiming feedback = FeedbackTiming.AfterEach)
    {
        var session = new InterviewSession
        {
            Id = "session-1",
            Settings = new InterviewSettings(mode, "demo", Language.En, questions, timeLimitMinutes, feedback),
            StartedAt = Start,
            Questions = Enumerable.Range(1, questions).Select(i => new QuestionProgress { QuestionId = $"q{i}" }).ToList(),
        };
        InterviewStateMachine.Begin(session);
        return session;
    }

    /// <summary>The bank follow-up <paramref name="index"/>, probing a point of its own.</summary>
    public static SuggestedFollowUp FollowUp(int index) => new(index, $"point-{index}", $"Follow-up {index}?");

    public static DateTimeOffset At(double minutes) => Start.AddMinutes(minutes);

    /// <summary>A grade that leaves nothing important out.</summary>
    public static Assessment Thorough(string questionId, int score = 100) => Graded(questionId, score, followUp: null);

    /// <summary>A grade with a gap the grader would probe with the question's follow-up <paramref name="followUp"/>.</summary>
    public static Assessment WithGap(string questionId, int followUp, int score = 40) => Graded(questionId, score, followUp);

    private static Assessment Graded(string questionId, int score, int? followUp) => new(
        questionId,
        Language.En,
        score,
        [new PointAssessment("core", "The core idea", followUp is null ? PointStatus.Covered : PointStatus.Missing, null)],
        followUp is null ? ["The core idea — you explained this well."] : [],
        followUp is null ? [] : ["The core idea — not covered yet."],
        followUp is { } index ? FollowUp(index) : null,
        GradingEngine.Offline);
}
