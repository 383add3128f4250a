namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Runs the sessions' background work (grading, the interviewer's words, the CPU their saves and sends take) on a
/// few threads of its own, fewer than the cores. However much of that work waits, the thread pool stays free for
/// what must answer at once: requests, <c>/healthz</c>, the hub's reads and writes and the candidates' commands.
/// Each lane of work (<see cref="BackgroundLane"/>) queues here as urgent while its candidate waits for the first
/// words since they last acted, and as later once they hear something. Urgent work goes first; after
/// <see cref="UrgentPerLater"/> urgent pieces in a row, one later piece goes, so later work is slowed, never starved.
/// </summary>
public sealed class BackgroundScheduler : IDisposable
{
    public const int UrgentPerLater = 4;

    [ThreadStatic]
    private static BackgroundScheduler? _runningOn;

    private readonly Queue<(Task Task, BackgroundLane Lane)> _urgent = new();
    private readonly Queue<(Task Task, BackgroundLane Lane)> _later = new();
    private int _urgentInARow;
    private bool _stopping;

    /// <param name="workers">Threads running work at once; at least one.</param>
    public BackgroundScheduler(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        for (var i = 0; i < workers; i++)
        {
            new Thread(Work) { IsBackground = true, Name = $"MockInterviewer background work {i + 1}" }.Start();
        }
    }

    /// <summary>One core is left to the rest of the server (and on one core, that core is shared).</summary>
    public static int DefaultWorkers => Math.Max(1, Environment.ProcessorCount - 1);

    public int Workers { get; }

    /// <summary>A new lane, urgent until told otherwise.</summary>
    public BackgroundLane NewLane() => new(this);

    /// <summary>Lets the workers finish what is queued and stop; work queued after that runs on the thread pool.</summary>
    public void Dispose()
    {
        lock (_urgent)
        {
            _stopping = true;
            Monitor.PulseAll(_urgent);
        }
    }

    internal void Queue(Task task, BackgroundLane lane)
    {
        lock (_urgent)
        {
            if (!_stopping)
            {
                (lane.Urgent ? _urgent : _later).Enqueue((task, lane));
                Monitor.Pulse(_urgent);
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(static item => item.Lane.Run(item.Task), (Task: task, Lane: lane), preferLocal: false);
    }

    /// <summary>A worker awaiting something that completes at once may go on with it rather than queue it.</summary>
    internal bool IsWorkerThread => _runningOn == this;

    internal IEnumerable<Task> Queued(BackgroundLane lane)
    {
        lock (_urgent)
        {
            return [.. _urgent.Concat(_later).Where(item => item.Lane == lane).Select(item => item.Task)];
        }
    }

    // Called under the lock.
    private bool TryTake(out (Task Task, BackgroundLane Lane) item)
    {
        var laterTurn = _later.Count > 0 && (_urgent.Count == 0 || _urgentInARow >= UrgentPerLater);
        if (laterTurn)
        {
            _urgentInARow = 0;
            return _later.TryDequeue(out item);
        }

        if (_urgent.TryDequeue(out item))
        {
            _urgentInARow = _later.Count > 0 ? _urgentInARow + 1 : 0;
            return true;
        }

        return false;
    }

    private void Work()
    {
        _runningOn = this;
        while (true)
        {
            (Task Task, BackgroundLane Lane) item;
            lock (_urgent)
            {
                while (!TryTake(out item))
                {
                    if (_stopping)
                    {
                        return;
                    }

                    Monitor.Wait(_urgent);
                }
            }

            item.Lane.Run(item.Task);
        }
    }
}
