namespace MockInterviewer.Domain.Flow;

/// <summary>
/// With one node (the local lease), what the store remembered of a session outlives its hold for a while: no other
/// node can save the session meanwhile, so the next hold on it (the candidate's next answer, most often) starts
/// from that memory instead of reading the database. The oldest go first, after <see cref="KeepFor"/> or beyond
/// <see cref="MaxKept"/>. Used under <see cref="SessionHolds"/>' lock.
/// </summary>
internal sealed class KeptSessionMemories(TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);

    public const int MaxKept = 2048;

    private readonly Dictionary<string, LinkedListNode<Kept>> _bySession = new(StringComparer.Ordinal);
    private readonly LinkedList<Kept> _oldestFirst = new();

    public int Count => _bySession.Count;

    /// <summary>The memory kept of <paramref name="sessionId"/>, no longer kept here; or a new, empty one.</summary>
    public HeldSessionMemory Take(string sessionId)
    {
        if (!_bySession.Remove(sessionId, out var node))
        {
            return new HeldSessionMemory(sessionId);
        }

        _oldestFirst.Remove(node);
        return node.Value.Memory;
    }

    public void Keep(HeldSessionMemory memory)
    {
        var now = clock.GetTimestamp();
        if (memory.State is not null)
        {
            if (_bySession.Remove(memory.SessionId, out var stale))
            {
                _oldestFirst.Remove(stale);
            }

            _bySession[memory.SessionId] = _oldestFirst.AddLast(new Kept(memory, now));
        }

        while (_oldestFirst.First is { } oldest && (_bySession.Count > MaxKept || clock.GetElapsedTime(oldest.Value.KeptAt, now) >= KeepFor))
        {
            _oldestFirst.RemoveFirst();
            _bySession.Remove(oldest.Value.Memory.SessionId);
        }
    }

    private readonly record struct Kept(HeldSessionMemory Memory, long KeptAt);
}
