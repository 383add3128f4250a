using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Contracts.Hub;

/// <summary>What the server sends a candidate's connections; one argument object each.</summary>
public interface IInterviewClient
{
    Task MessageDelta(MessageDeltaEvent message);

    Task MessageReset(MessageResetEvent message);

    Task MessageCompleted(MessageCompletedEvent message);

    Task AnswerAssessed(AnswerAssessedEvent message);

    Task SessionCompleted(SessionCompletedEvent message);

    Task SessionError(SessionErrorEvent message);
}
