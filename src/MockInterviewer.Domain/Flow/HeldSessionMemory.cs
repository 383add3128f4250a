namespace MockInterviewer.Domain.Flow;

/// <summary>
/// What the store may remember of a session while this node holds it without a break (<see cref="SessionHolds"/>):
/// its state as last read or saved under that hold. While the hold lasts no other node saves the session, so work
/// under it reads the session without the database. With several nodes, a hold taken afresh (after this node let
/// go, or lost it) starts with nothing remembered, and the memory is dropped with it; with one node, no other node
/// can save the session, so the memory is kept a while for the next hold (<see cref="KeptSessionMemories"/>). Work
/// that runs under a hold sees that hold's memory (<see cref="For"/>); a reader outside any (a resume, a report) sees none.
/// </summary>
public sealed class HeldSessionMemory
{
    private static readonly AsyncLocal<HeldSessionMemory?> Current = new();
    private object? _state;

    internal HeldSessionMemory(string sessionId)
    {
        SessionId = sessionId;
    }

    public string SessionId { get; }

    /// <summary>What the store keeps here: immutable, so that every reader makes its own session of it.</summary>
    public object? State
    {
        get => Volatile.Read(ref _state);
        set => Volatile.Write(ref _state, value);
    }

    /// <summary>The memory of the hold the calling work runs under, when that hold is on <paramref name="sessionId"/>.</summary>
    public static HeldSessionMemory? For(string sessionId) =>
        Current.Value is { } memory && string.Equals(memory.SessionId, sessionId, StringComparison.Ordinal) ? memory : null;

    /// <summary>The calling work, and whatever it awaits, runs under <paramref name="memory"/>'s hold from now on.</summary>
    internal static void Use(HeldSessionMemory memory) => Current.Value = memory;
}
