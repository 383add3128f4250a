using System.Text.Json;
using System.Text.Json.Serialization;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>
/// Keeps each session as JSON, so every find hands back a fresh copy and a test can only see what was saved; counts
/// each save up in the session's revision, as the real stores do, and knows a copy that is still current by it.
/// </summary>
/// <param name="clock">Says when each save happened, for idle expiry.</param>
internal sealed class InMemorySessionStore(TimeProvider? clock = null) : ISessionStore
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _savedAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _revisions = new(StringComparer.Ordinal);
    private readonly List<Turn> _turns = [];
    private readonly List<Assessment> _assessments = [];

    /// <summary>How many times the service read a session (each a whole session parsed, in a real store).</summary>
    public int Reads { get; private set; }

    public Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Reads++;
        }

        return Task.FromResult(Find(sessionId));
    }

    public Task<bool> IsCurrentAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_revisions.TryGetValue(session.Id, out var revision) && revision == session.Revision);
        }
    }

    public Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(session, Json);
        lock (_gate)
        {
            _revisions[session.Id] = ++session.Revision;
            _sessions[session.Id] = json;
            _savedAt[session.Id] = (clock ?? TimeProvider.System).GetUtcNow();
            _turns.AddRange(newTurns);
            _assessments.AddRange(newAssessments.Select(Copy));
        }

        return Task.CompletedTask;
    }

    /// <summary>How many times the service asked whether an answer was stored (a query a real store makes).</summary>
    public int HasAnswerQueries { get; private set; }

    public Task<bool> HasAnswerAsync(string sessionId, string clientMessageId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            HasAnswerQueries++;
            return Task.FromResult(_turns.Any(t => t.SessionId == sessionId && t.ClientMessageId == clientMessageId));
        }
    }

    public Task<IReadOnlyList<Turn>> TranscriptAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(Transcript(sessionId));

    public Task<IReadOnlyList<string>> OverdueSessionsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        List<string> ids;
        lock (_gate)
        {
            ids = [.. _sessions.Keys];
        }

        IReadOnlyList<string> overdue = ids
            .Select(id => Find(id)!)
            .Where(s => s.Status == SessionStatus.Active && s.Settings.TimeLimit is { } limit && s.StartedAt + limit <= now)
            .Select(s => s.Id)
            .ToList();
        return Task.FromResult(overdue);
    }

    public Task<IReadOnlyList<string>> IdleSessionsAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken)
    {
        List<string> ids;
        lock (_gate)
        {
            ids = [.. _sessions.Keys];
        }

        IReadOnlyList<string> idle = ids.Where(id => IsIdle(id, lastActiveBefore)).ToList();
        return Task.FromResult(idle);
    }

    public Task<bool> IsIdleAsync(string sessionId, DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) =>
        Task.FromResult(IsIdle(sessionId, lastActiveBefore));

    private bool IsIdle(string sessionId, DateTimeOffset lastActiveBefore)
    {
        lock (_gate)
        {
            if (!_savedAt.TryGetValue(sessionId, out var savedAt) || savedAt >= lastActiveBefore)
            {
                return false;
            }
        }

        return Find(sessionId)?.Status == SessionStatus.Active;
    }

    public InterviewSession? Find(string sessionId)
    {
        string? json;
        int revision;
        lock (_gate)
        {
            json = _sessions.GetValueOrDefault(sessionId);
            revision = _revisions.GetValueOrDefault(sessionId);
        }

        if (json is null)
        {
            return null;
        }

        var session = JsonSerializer.Deserialize<InterviewSession>(json, Json)!;
        session.Revision = revision;
        return session;
    }

    public IReadOnlyList<Turn> Transcript(string sessionId)
    {
        lock (_gate)
        {
            return _turns.Where(t => t.SessionId == sessionId).OrderBy(t => t.Sequence).ToList();
        }
    }

    public IReadOnlyList<Assessment> Assessments
    {
        get
        {
            lock (_gate)
            {
                return [.. _assessments];
            }
        }
    }

    private static Assessment Copy(Assessment assessment) =>
        JsonSerializer.Deserialize<Assessment>(JsonSerializer.Serialize(assessment, Json), Json)!;
}
