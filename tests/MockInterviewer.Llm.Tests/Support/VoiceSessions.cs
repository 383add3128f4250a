using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>A two-question ml-junior session whose second question is ml-decorators, made by hand.</summary>
internal static class VoiceSessions
{
    public const string Answer = "A decorator wraps a function. I used one to time inference calls.";

    public static Question Decorators => TestPrompts.Question("ml-decorators");

    /// <param name="answered">Gives the decorators question <see cref="Answer"/> and a verified grade of 40 (the definition covered).</param>
    public static InterviewSession Create(Language language, bool answered = false)
    {
        var session = new InterviewSession
        {
            Id = "session-llm",
            Settings = new InterviewSettings(InterviewMode.Interview, "ml-junior", language, 2, null, FeedbackTiming.AfterEach),
            StartedAt = DateTimeOffset.UnixEpoch,
            Questions = [new QuestionProgress { QuestionId = "ml-generators" }, new QuestionProgress { QuestionId = Decorators.Id }],
        };
        InterviewStateMachine.Begin(session);
        if (answered)
        {
            var progress = session.Questions[1];
            progress.Answers.Add(Answer);
            progress.Assessment = new Assessment(
                Decorators.Id, language, 40,
                [.. Decorators.ReferencePoints.Select(p => p.Id == "what-decorator-is"
                    ? new PointAssessment(p.Id, p.Text.In(language), PointStatus.Covered, "A decorator wraps a function")
                    : new PointAssessment(p.Id, p.Text.In(language), PointStatus.Missing, null))],
                [], [], null, GradingEngine.Llm);
        }

        return session;
    }
}
