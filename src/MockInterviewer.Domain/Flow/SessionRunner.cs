using System.Collections.Concurrent;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Runs one session's work one piece at a time, in the order it came, while different sessions run side by
/// side; background work (the interviewer speaking) is tracked so shutdown and tests can wait for it.
/// </summary>
public sealed class SessionRunner : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _background = new();
    private readonly CancellationTokenSource _stopping = new();

    public async Task<T> RunAsync<T>(string sessionId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            gate.Release();
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
        foreach (var gate in _locks.Values)
        {
            gate.Dispose();
        }
    }
}
