namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Runs the sessions' background work (grading, the interviewer's words, the CPU their saves and sends take) on a
/// few threads of its own, fewer than the cores, in the order it is queued. However much of that work waits, the
/// thread pool stays free for what must answer at once: requests, <c>/healthz</c>, the hub's reads and writes and
/// the candidates' commands. Each session's work comes back here through its <see cref="BackgroundLane"/>, except
/// a model's streamed tokens: those are relayed on the thread each arrives on, and the work returns here once the
/// stream ends (<see cref="SchedulerSwitch"/>).
/// A lane whose candidate waits for the interviewer's first words is urgent: its work goes ahead of the rest (the end
/// of a reply already streaming, its save), taking turns as <see cref="UrgentFirst{T}"/> says, so nothing starves.
/// </summary>
public sealed class BackgroundScheduler : IDisposable
{
    [ThreadStatic]
    private static BackgroundScheduler? _runningOn;

    private readonly UrgentFirst<(Task Task, BackgroundLane Lane)> _queue = new();
    private bool _stopping;

    /// <param name="workers">Threads running work at once; at least one.</param>
    public BackgroundScheduler(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
        for (var i = 0; i < workers; i++)
        {
            // Linux shows a thread's first 15 characters (top -H, /proc, perf): each name must differ within them.
            new Thread(Work) { IsBackground = true, Name = $"Background {i + 1}" }.Start();
        }
    }

    /// <summary>One core is left to the rest of the server (and on one core, that core is shared).</summary>
    public static int DefaultWorkers => Math.Max(1, Environment.ProcessorCount - 1);

    public int Workers { get; }

    public BackgroundLane NewLane() => new(this);

    /// <summary>Lets the workers finish what is queued and stop; work queued after that runs on the thread pool.</summary>
    public void Dispose()
    {
        lock (_queue)
        {
            _stopping = true;
            Monitor.PulseAll(_queue);
        }
    }

    internal void Queue(Task task, BackgroundLane lane)
    {
        lock (_queue)
        {
            if (!_stopping)
            {
                _queue.Enqueue((task, lane), lane.Urgent);
                Monitor.Pulse(_queue);
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(static item => item.Lane.Run(item.Task), (Task: task, Lane: lane), preferLocal: false);
    }

    /// <summary>A worker awaiting something that completes at once may go on with it rather than queue it.</summary>
    internal bool IsWorkerThread => _runningOn == this;

    internal IEnumerable<Task> Queued(BackgroundLane lane)
    {
        lock (_queue)
        {
            return [.. _queue.Items.Where(item => item.Lane == lane).Select(item => item.Task)];
        }
    }

    private void Work()
    {
        _runningOn = this;
        while (true)
        {
            (Task Task, BackgroundLane Lane) item;
            lock (_queue)
            {
                while (!_queue.TryDequeue(out item))
                {
                    if (_stopping)
                    {
                        return;
                    }

                    Monitor.Wait(_queue);
                }
            }

            item.Lane.Run(item.Task);
        }
    }
}
