namespace MockInterviewer.Domain.Flow;

/// <summary>The turns <see cref="UrgentFirst{T}"/> takes.</summary>
public static class UrgentFirst
{
    /// <summary>Under load, one turn in this many goes to the oldest work that is not urgent.</summary>
    public const int PatientTurnEvery = 4;
}

/// <summary>
/// Two queues taking turns: what someone waits on (urgent) goes first, except one turn in
/// <see cref="UrgentFirst.PatientTurnEvery"/>, when the oldest of the rest does, so that nothing waits forever. Not
/// thread-safe: its owner serialises the calls (the background scheduler under its lock, the store's writer on its
/// one thread).
/// </summary>
public sealed class UrgentFirst<T>
{
    private readonly Queue<T> _urgent = new();
    private readonly Queue<T> _patient = new();
    private int _turns;

    public int Count => _urgent.Count + _patient.Count;

    /// <summary>Everything queued, urgent first, each in the order queued.</summary>
    public IEnumerable<T> Items => _urgent.Concat(_patient);

    public void Enqueue(T item, bool urgent) => (urgent ? _urgent : _patient).Enqueue(item);

    /// <summary>The queues in the order this turn serves them.</summary>
    public (Queue<T> First, Queue<T> Then) NextTurn() =>
        ++_turns % UrgentFirst.PatientTurnEvery == 0 ? (_patient, _urgent) : (_urgent, _patient);

    public bool TryDequeue(out T item)
    {
        var (first, then) = NextTurn();
        return first.TryDequeue(out item!) || then.TryDequeue(out item!);
    }
}
