using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage;

/// <summary>
/// The store as the server uses it: the database's one writer (<see cref="SessionWriter"/>), remembering a session's
/// state for the work that holds it (<see cref="HeldSessionMemory"/>). Under a hold only the first read goes to the
/// database; the next ones are made from the state last read or saved there. That state is immutable text, so
/// every reader gets a session of its own to change, and a reader outside the hold (a resume, a report) reads the
/// database. A save is remembered only once it has committed; one that fails or conflicts leaves nothing
/// remembered, so the next read goes to the database. With one node the memory outlives the hold for a while, so
/// the session's next hold (the candidate's next answer) does not read the database either.
/// </summary>
public sealed class HeldSessionStore(SessionWriter writer, EfSessionStore database) : ISessionStore
{
    public async Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        var memory = HeldSessionMemory.For(sessionId);
        if (memory?.State is StoredState remembered)
        {
            return remembered.ToSession();
        }

        if (memory is null)
        {
            return await SessionWriter.Reading(() => database.FindAsync(sessionId, cancellationToken));
        }

        var state = await SessionWriter.Reading(() => database.FindStateAsync(sessionId, cancellationToken));
        memory.State = state;
        return state?.ToSession();
    }

    // Only under a hold: then no other node saves this session, and every save here is remembered or forgotten.
    public Task<bool> IsCurrentAsync(InterviewSession session, CancellationToken cancellationToken) =>
        Task.FromResult(HeldSessionMemory.For(session.Id)?.State is StoredState stored && stored.Version == session.Revision);

    public async Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken)
    {
        var memory = HeldSessionMemory.For(session.Id);

        // Written here, on the caller's thread, rather than by the one writer: its thread stays free for the database.
        var state = SessionJson.WriteSessionUtf8(session);
        var save = new SessionSave(session, newTurns, newAssessments) { StateUtf8 = state };
        try
        {
            await writer.SaveAsync(save, cancellationToken);
        }
        catch
        {
            // Perhaps stored after all, perhaps not, perhaps another node's save came first: the database knows.
            if (memory is not null)
            {
                memory.State = null;
            }

            throw;
        }

        if (memory is not null)
        {
            memory.State = save.Dropped ? null : new StoredState(state, session.Revision);
        }
    }

    public Task<bool> HasAnswerAsync(string sessionId, string clientMessageId, CancellationToken cancellationToken) =>
        writer.HasAnswerAsync(sessionId, clientMessageId, cancellationToken);

    public Task<IReadOnlyList<Turn>> TranscriptAsync(string sessionId, CancellationToken cancellationToken) =>
        writer.TranscriptAsync(sessionId, cancellationToken);

    public Task<IReadOnlyList<string>> OverdueSessionsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.OverdueSessionsAsync(now, cancellationToken);

    public Task<IReadOnlyList<string>> IdleSessionsAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) =>
        writer.IdleSessionsAsync(lastActiveBefore, cancellationToken);

    public Task<bool> IsIdleAsync(string sessionId, DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) =>
        writer.IsIdleAsync(sessionId, lastActiveBefore, cancellationToken);
}
