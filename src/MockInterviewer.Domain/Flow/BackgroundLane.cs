namespace MockInterviewer.Domain.Flow;

/// <summary>
/// One session's lane of background work on a <see cref="BackgroundScheduler"/>: the lane's work, and everything
/// it awaits (unless it says otherwise), comes back to the scheduler's threads through here.
/// </summary>
public sealed class BackgroundLane : TaskScheduler
{
    private readonly BackgroundScheduler _owner;
    private bool _urgent;

    internal BackgroundLane(BackgroundScheduler owner)
    {
        _owner = owner;
    }

    public override int MaximumConcurrencyLevel => _owner.Workers;

    /// <summary>Whether someone waits for this lane's next result (the candidate for the interviewer's first words).</summary>
    public bool Urgent
    {
        get => Volatile.Read(ref _urgent);
        set => Volatile.Write(ref _urgent, value);
    }

    /// <summary>Runs <paramref name="work"/> on the scheduler, in this lane.</summary>
    public Task Start(Func<Task> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    internal void Run(Task task) => TryExecuteTask(task);

    protected override void QueueTask(Task task) => _owner.Queue(task, this);

    // Only on the scheduler's own threads, and only what was never queued (a queued task is run from its queue).
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && _owner.IsWorkerThread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _owner.Queued(this);
}
