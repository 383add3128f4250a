using System.Collections;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// A logging scope naming the session, so every log line written while working for it carries <c>SessionId</c>
/// as a structured field (in OpenTelemetry's logs, or a console logger with scopes on).
/// </summary>
public sealed class SessionScope(string sessionId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Key = "SessionId";

    public string SessionId { get; } = sessionId;

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Key, SessionId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}:{SessionId}";
}
