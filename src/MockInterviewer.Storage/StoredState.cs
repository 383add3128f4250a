using System.Text;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Storage;

/// <summary>
/// A session's state as stored: its JSON, in UTF-8 (half the memory of a string for a state remembered between
/// saves, and what the serializer reads), and the version it is at. Immutable, so readers may share it.
/// </summary>
public sealed class StoredState(ReadOnlyMemory<byte> utf8, int version)
{
    public int Version { get; } = version;

    /// <summary>The state as read from the database's text column.</summary>
    public static StoredState FromText(string stateJson, int version) => new(Encoding.UTF8.GetBytes(stateJson), version);

    /// <summary>A session of its own for the caller to change.</summary>
    public InterviewSession ToSession()
    {
        var session = SessionJson.ReadSession(utf8.Span);
        session.Revision = Version;
        return session;
    }
}
