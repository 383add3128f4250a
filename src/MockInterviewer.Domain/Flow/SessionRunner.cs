using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Two kinds of work per session. Commands (<see cref="RunAsync{T}"/>) pass one at a time through the session's
/// gate and only read, change and save its state. Slow work (grading, the interviewer speaking) runs in the
/// background outside the gate, one piece after another per session, and a command can interrupt it.
/// Different sessions never wait for each other's gate; background work is tracked so shutdown and tests can wait for it.
/// Background work runs on the <see cref="BackgroundScheduler"/>'s few threads, not the thread pool's, so however much
/// of it waits, the thread pool answers requests, <c>/healthz</c> and the hub at once.
/// With several nodes, both kinds run only while this node holds the session (<see cref="SessionHolds"/>): a command
/// waits briefly for another node to let go and is refused with <c>session-busy</c> after that; background work
/// waits long enough for the hold of a node that died to run out, and stops if this node's hold is lost.
/// </summary>
public sealed partial class SessionRunner : IDisposable
{
    // A session's gate and lane live only while work holds or awaits them, so finished sessions leave nothing behind.
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _background = new();

    // As many commands at once as there are cores, and each piece of one (up to its next await) queues afresh on the
    // thread pool, behind whatever arrived meanwhile. Only a read the database makes wait (a file locked from outside)
    // holds its place while it waits; with one node most commands read the session's kept memory instead.
    private readonly TaskScheduler _commands =
        new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount, maxItemsPerTask: 1).ConcurrentScheduler;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger<SessionRunner> _logger;
    private readonly SessionHolds _holds;
    private readonly BackgroundScheduler _scheduler;
    private readonly bool _ownsScheduler;

    public SessionRunner(ILogger<SessionRunner> logger, SessionHolds holds, BackgroundScheduler scheduler)
        : this(logger, holds, scheduler, ownsScheduler: false)
    {
    }

    /// <summary>Background work on a scheduler of its own, with <see cref="BackgroundScheduler.DefaultWorkers"/>.</summary>
    public SessionRunner(ILogger<SessionRunner> logger, SessionHolds holds)
        : this(logger, holds, new BackgroundScheduler(BackgroundScheduler.DefaultWorkers), ownsScheduler: true)
    {
    }

    /// <summary>One node: every session is this node's.</summary>
    public SessionRunner(ILogger<SessionRunner> logger)
        : this(logger, SessionHolds.Local())
    {
    }

    private SessionRunner(ILogger<SessionRunner> logger, SessionHolds holds, BackgroundScheduler scheduler, bool ownsScheduler)
    {
        _logger = logger;
        _holds = holds;
        _scheduler = scheduler;
        _ownsScheduler = ownsScheduler;
    }

    /// <summary>
    /// Runs <paramref name="work"/> through the session's gate. A command (called from anywhere but the session's
    /// background work) takes turns on the thread pool with every other request, no more of them at once than there
    /// are cores: however many candidates answer at once, their commands never queue all of their work ahead of a
    /// request that arrives meanwhile (<c>/healthz</c>, a page, another hub message).
    /// </summary>
    public Task<T> RunAsync<T>(string sessionId, Func<Task<T>> work, CancellationToken cancellationToken) =>
        TaskScheduler.Current is BackgroundLane
            ? RunGatedAsync(sessionId, work, cancellationToken)
            : Task.Factory.StartNew(() => RunGatedAsync(sessionId, work, cancellationToken), CancellationToken.None, TaskCreationOptions.DenyChildAttach, _commands).Unwrap();

    private async Task<T> RunGatedAsync<T>(string sessionId, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = Enter(sessionId);
        try
        {
            // The gate first, so commands keep their order while one of them waits for the hold.
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                await using var hold = await _holds.EnterAsync(sessionId, _holds.Settings.CommandWait, cancellationToken);
                HeldSessionMemory.Use(hold.Memory);
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

    /// <summary>
    /// Runs <paramref name="work"/> in the session's background lane. While the lane is busy, the latest work
    /// asked for runs once after it: background work here always means "do whatever the session still needs".
    /// The lane is urgent until <see cref="FirstWordsSent"/>: the candidate waits for the interviewer's next words.
    /// </summary>
    public void RunInBackground(string sessionId, Func<CancellationToken, Task> work)
    {
        Lane lane;
        lock (_lanes)
        {
            if (_lanes.TryGetValue(sessionId, out var busy))
            {
                busy.Next = work;
                busy.Scheduler.Urgent = true;
                return;
            }

            lane = new Lane(_scheduler.NewLane());
            lane.Scheduler.Urgent = true;
            _lanes[sessionId] = lane;
        }

        // The hold is asked for here rather than in the lane's task: work asked for by a command that holds the
        // session joins that hold before the command lets go of it, and what the store remembers under it.
        var entering = _holds.EnterAsync(sessionId, _holds.Settings.BackgroundWait, _stopping.Token);
        var task = lane.Scheduler.Start(() => RunLaneAsync(sessionId, lane, work, entering));
        _background.TryAdd(task, 0);
        task.ContinueWith(t => _background.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>
    /// The candidate has the first words of the interviewer's reply: the rest of the session's background work (the
    /// reply's end, its save) no longer goes ahead of other candidates still waiting for theirs.
    /// </summary>
    public void FirstWordsSent(string sessionId)
    {
        lock (_lanes)
        {
            if (_lanes.TryGetValue(sessionId, out var lane))
            {
                lane.Scheduler.Urgent = false;
            }
        }
    }

    /// <summary>Cancels the background work the session is doing now; work asked for later starts afresh.</summary>
    public void Interrupt(string sessionId)
    {
        CancellationTokenSource cut;
        lock (_lanes)
        {
            if (!_lanes.TryGetValue(sessionId, out var lane))
            {
                return;
            }

            cut = lane.Cut;
            lane.Cut = new CancellationTokenSource();
        }

        // Outside the lock: the interrupted work may go on synchronously from here.
        cut.Cancel();
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
        // Cancelled, not disposed: work asked for during shutdown then meets a cancelled token rather than an
        // ObjectDisposedException, and a source without timers holds nothing that needs disposing.
        _stopping.Cancel();
        if (_ownsScheduler)
        {
            _scheduler.Dispose();
        }
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

    internal int LaneCount
    {
        get
        {
            lock (_lanes)
            {
                return _lanes.Count;
            }
        }
    }

    private async Task RunLaneAsync(string sessionId, Lane lane, Func<CancellationToken, Task>? work, Task<SessionHolds.Entry> entering)
    {
        SessionHolds.Entry hold;
        try
        {
            hold = await entering;
        }
        catch (Exception e) when (e is InterviewException or OperationCanceledException)
        {
            // Another node kept the session all along, so it is doing the work; or this node is stopping.
            LogLeftToAnotherNode(_logger, sessionId);
            lock (_lanes)
            {
                _lanes.Remove(sessionId);
            }

            return;
        }

        await using (hold)
        {
            HeldSessionMemory.Use(hold.Memory);
            await RunLaneHeldAsync(sessionId, lane, work, hold.Lost);
        }
    }

    private async Task RunLaneHeldAsync(string sessionId, Lane lane, Func<CancellationToken, Task>? work, CancellationToken lost)
    {
        var conflicts = 0;
        while (work is not null)
        {
            var redo = false;
            CancellationTokenSource cut;
            lock (_lanes)
            {
                cut = lane.Cut;
            }

            using (var token = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, cut.Token, lost))
            using (_logger.BeginScope(new SessionScope(sessionId)))
            {
                try
                {
                    await work(token.Token);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    // Interrupted by a command, the server is stopping, or the hold on the session was lost.
                }
                catch (SessionConflictException) when (conflicts++ == 0)
                {
                    // Saved first by another node: the work reads the session afresh, once; should it lose again,
                    // that node is acting for the session.
                    LogConflictRedo(_logger, sessionId);
                    redo = true;
                }
                catch (StoreUnavailableException e)
                {
                    // Said once by the store's writer; the work is done again by the next command or resume.
                    LogStoreUnavailable(_logger, sessionId, e.Message);
                }
                catch (Exception e)
                {
                    LogWorkFailed(_logger, e, sessionId);
                }
            }

            // The lane's sources have no timers, so they are left to the collector rather than disposed under a Cancel.
            lock (_lanes)
            {
                work = lane.Next ?? (redo ? work : null);
                lane.Next = null;
                if (work is null)
                {
                    _lanes.Remove(sessionId);
                }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Background work for session {SessionId} is left to the node that holds it")]
    private static partial void LogLeftToAnotherNode(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} was saved elsewhere meanwhile; its background work starts again from the stored state")]
    private static partial void LogConflictRedo(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background work for session {SessionId} waits for the store: {Reason}")]
    private static partial void LogStoreUnavailable(ILogger logger, string sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Background work for session {SessionId} failed")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception, string sessionId);

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lane(BackgroundLane scheduler)
    {
        public BackgroundLane Scheduler { get; } = scheduler;

        public CancellationTokenSource Cut { get; set; } = new();

        public Func<CancellationToken, Task>? Next { get; set; }
    }
}
