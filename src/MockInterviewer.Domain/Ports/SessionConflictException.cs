namespace MockInterviewer.Domain.Ports;

/// <summary>
/// The session was saved by someone else (another node, mostly) since this state was read: nothing of this save
/// was stored. Read the session again and redo the work, or refuse the request as busy.
/// </summary>
public sealed class SessionConflictException(string sessionId)
    : Exception($"Session {sessionId} was changed elsewhere since it was read; nothing was saved.")
{
    public string SessionId { get; } = sessionId;
}
