using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Domain.Ports;

/// <summary>What the candidate's connections hear about their session, in order.</summary>
public interface IInterviewEvents
{
    Task MessageDeltaAsync(string sessionId, string messageId, string text, CancellationToken cancellationToken);

    /// <summary>The pieces of this message sent so far are void; if it is tried again, its pieces start over.</summary>
    Task MessageResetAsync(string sessionId, string messageId, CancellationToken cancellationToken);

    Task MessageCompletedAsync(Turn turn, int totalQuestions, CancellationToken cancellationToken);

    Task AnswerAssessedAsync(string sessionId, Assessment assessment, CancellationToken cancellationToken);

    Task SessionCompletedAsync(Report report, CancellationToken cancellationToken);

    Task SessionErrorAsync(string sessionId, string code, string message, CancellationToken cancellationToken);
}
