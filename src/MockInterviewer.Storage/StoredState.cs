using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Storage;

/// <summary>A session's state as stored: its JSON and the version it is at. Immutable, so readers may share it.</summary>
public sealed record StoredState(string StateJson, int Version)
{
    /// <summary>A session of its own for the caller to change.</summary>
    public InterviewSession ToSession()
    {
        var session = SessionJson.ReadSession(StateJson);
        session.Revision = Version;
        return session;
    }
}
