using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Ports;

/// <summary>Keeps sessions, their turns and assessments; a save is one transaction.</summary>
public interface ISessionStore
{
    Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="session"/>, as this caller read or last saved it and has not changed since, is still
    /// what is stored, so that the caller may go on with it rather than read it again; false when the store cannot
    /// tell without reading.
    /// </summary>
    Task<bool> IsCurrentAsync(InterviewSession session, CancellationToken cancellationToken) => Task.FromResult(false);

    Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken);

    /// <summary>Whether the session already holds the candidate's answer with this client-given id.</summary>
    Task<bool> HasAnswerAsync(string sessionId, string clientMessageId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Turn>> TranscriptAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Active sessions with a time limit that has passed by <paramref name="now"/>.</summary>
    Task<IReadOnlyList<string>> OverdueSessionsAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Active sessions last saved before <paramref name="lastActiveBefore"/>.</summary>
    Task<IReadOnlyList<string>> IdleSessionsAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken);

    /// <summary>Whether the session is active and was last saved before <paramref name="lastActiveBefore"/>.</summary>
    Task<bool> IsIdleAsync(string sessionId, DateTimeOffset lastActiveBefore, CancellationToken cancellationToken);
}
