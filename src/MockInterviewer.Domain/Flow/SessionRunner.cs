using System.Collections.Concurrent;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Runs one session's work one piece at a time, in the order it came, while different sessions run side by
/// side; background work (the interviewer speaking) is tracked so shutdown and tests can wait for it.
/// </summary>
public sealed class SessionRunner : IDisposable
{
    // A session's gate lives only while someone holds or waits for it, so finished sessions leave nothing behind.
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _background = new();
    private readonly CancellationTokenSource _stopping = new();

    public async Task<T> RunAsync<T>(string sessionId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = Enter(sessionId);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                return await work();
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Leave(sessionId, gate);
        }
    }

    public void RunInBackground(string sessionId, Func<CancellationToken, Task> work)
    {
        var task = Task.Run(() => RunAsync(sessionId, async () =>
        {
            await work(_stopping.Token);
            return true;
        }, _stopping.Token));
        _background.TryAdd(task, 0);
        task.ContinueWith(t => _background.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Completes when no background work is left.</summary>
    public async Task WhenIdleAsync()
    {
        while (!_background.IsEmpty)
        {
            await Task.WhenAll(_background.Keys).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    internal int GateCount
    {
        get
        {
            lock (_gates)
            {
                return _gates.Count;
            }
        }
    }

    private Gate Enter(string sessionId)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(sessionId, out var gate))
            {
                gate = new Gate();
                _gates[sessionId] = gate;
            }

            gate.Users++;
            return gate;
        }
    }

    private void Leave(string sessionId, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(sessionId);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
