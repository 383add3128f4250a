using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage;

/// <summary>
/// The one writer of the database. Saves (and the few other writes, <see cref="RunAsync"/>) queue here and are done,
/// one after another, on a thread of the writer's own: a busy or slow database holds that thread, never a request
/// thread (Microsoft.Data.Sqlite's async calls run synchronously and sleep while the file is busy). Saves queued
/// together go in one transaction. A caller awaits its own save, so nothing is acknowledged before it is stored;
/// a store that is down fails the caller with <see cref="StoreUnavailableException"/>, with nothing of it stored.
/// Reads pass through to the inner store on the caller's thread: in WAL mode they do not wait for the writer.
/// Saves someone waits on (a command's, the interviewer's work before its first words) go into a batch ahead of the
/// others (the end of a reply already streaming), taking turns as <see cref="UrgentFirst{T}"/> says; a batch is
/// still filled with whatever else is queued.
/// </summary>
public sealed partial class SessionWriter : ISessionStore, IDisposable
{
    private const int MaxBatch = 64;
    private static readonly TimeSpan DrainPatience = TimeSpan.FromSeconds(10);

    private readonly ISessionStore _inner;
    private readonly IReadOnlyList<IStoreGuard> _guards;
    private readonly ILogger<SessionWriter> _logger;
    private readonly Channel<Job> _queue = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });

    // Taken from the queue, waiting for a batch: the writer's thread alone touches it.
    private readonly UrgentFirst<Job> _waiting = new();
    private readonly Thread _thread;

    public SessionWriter(ISessionStore inner, IEnumerable<IStoreGuard> guards, ILogger<SessionWriter> logger)
    {
        _inner = inner;
        _guards = [.. guards];
        _logger = logger;
        // Short: Linux shows a thread's first 15 characters (top -H, /proc, perf).
        _thread = new Thread(Run) { IsBackground = true, Name = "Store writer" };
        _thread.Start();
    }

    public Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken) =>
        Reading(() => _inner.FindAsync(sessionId, cancellationToken));

    public Task<bool> HasAnswerAsync(string sessionId, string clientMessageId, CancellationToken cancellationToken) =>
        Reading(() => _inner.HasAnswerAsync(sessionId, clientMessageId, cancellationToken));

    public Task<IReadOnlyList<Turn>> TranscriptAsync(string sessionId, CancellationToken cancellationToken) =>
        Reading(() => _inner.TranscriptAsync(sessionId, cancellationToken));

    public Task<IReadOnlyList<string>> OverdueSessionsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Reading(() => _inner.OverdueSessionsAsync(now, cancellationToken));

    public Task<IReadOnlyList<string>> IdleSessionsAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) =>
        Reading(() => _inner.IdleSessionsAsync(lastActiveBefore, cancellationToken));

    public Task<bool> IsIdleAsync(string sessionId, DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) =>
        Reading(() => _inner.IsIdleAsync(sessionId, lastActiveBefore, cancellationToken));

    public Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken) =>
        SaveAsync(new SessionSave(session, newTurns, newAssessments), cancellationToken);

    /// <summary>Queues <paramref name="save"/> as it is (its state perhaps already written as JSON); completes once it is stored.</summary>
    public Task SaveAsync(SessionSave save, CancellationToken cancellationToken) =>
        Enqueue(new Job(save, null, cancellationToken) { Urgent = SomeoneWaits() });

    /// <summary>Any other write, done by the writer in its turn (alone, in its own transaction).</summary>
    public Task RunAsync(Func<CancellationToken, Task> write, CancellationToken cancellationToken) =>
        Enqueue(new Job(null, write, cancellationToken));

    /// <summary>Stops taking writes and finishes those queued.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        if (!_thread.Join(DrainPatience))
        {
            LogNotDrained(_logger);
        }
    }

    private Task Enqueue(Job job)
    {
        if (!_queue.Writer.TryWrite(job))
        {
            return Task.FromException(new StoreUnavailableException("The server is stopping and takes no more writes."));
        }

        // Not cut short by the caller's token: once a write is under way, its caller hears how it ended.
        return job.Done.Task;
    }

    // Only background work past its first words has no one waiting on its saves: commands, the clock and the work
    // before its first words all have.
    private static bool SomeoneWaits() => TaskScheduler.Current is not BackgroundLane { Urgent: false };

    private void Run()
    {
        var batch = new List<Job>(MaxBatch);

        // This thread is the writer's alone, so it may wait; the work itself completes inline on SQLite.
        while (_waiting.Count > 0 || _queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (_queue.Reader.TryRead(out var job))
            {
                _waiting.Enqueue(job, job.Urgent);
            }

            var (first, then) = _waiting.NextTurn();
            batch.Clear();
            Fill(batch, first);
            Fill(batch, then);
            if (batch.Count > 0)
            {
                Write(batch);
            }
        }
    }

    // In the order queued, until one cannot join: a session's saves never overtake each other.
    private static void Fill(List<Job> batch, Queue<Job> from)
    {
        while (batch.Count < MaxBatch && from.TryPeek(out var next) && (batch.Count == 0 || Joins(batch, next)))
        {
            from.Dequeue();
            if (next.CancellationToken.IsCancellationRequested)
            {
                next.Done.TrySetCanceled(next.CancellationToken);
                continue;
            }

            batch.Add(next);
        }
    }

    // Saves go together, one per session; any other write goes alone.
    private static bool Joins(List<Job> batch, Job next) =>
        next.Save is { } save && batch.TrueForAll(j => j.Save is { } queued && queued.Session.Id != save.Session.Id);

    private void Write(List<Job> batch)
    {
        try
        {
            foreach (var guard in _guards)
            {
                guard.EnsureIntact();
            }

            if (batch.Count == 1)
            {
                WriteAlone(batch[0]);
                return;
            }

            if (_inner is ISessionBatchStore batches)
            {
                batches.SaveAllAsync([.. batch.Select(j => j.Save!)], CancellationToken.None).GetAwaiter().GetResult();
                foreach (var job in batch)
                {
                    job.Done.TrySetResult();
                }

                return;
            }
        }
        catch (Exception e) when (StoreFaults.IsUnavailable(e))
        {
            // What queued while this attempt waited out the lock would wait it out again, batch after batch:
            // it is refused now, and its callers send it again once the store is back.
            Fail([.. batch, .. Drain()], e);
            return;
        }
        catch (Exception e) when (batch.Count == 1)
        {
            Fail(batch, e);
            return;
        }
        catch (Exception e)
        {
            // One save the store refuses (a bug, a broken row) must not fail the others: each goes alone below.
            LogBatchFailed(_logger, e, batch.Count);
        }

        foreach (var job in batch)
        {
            try
            {
                WriteAlone(job);
            }
            catch (Exception e)
            {
                Fail([job], e);
            }
        }
    }

    private void WriteAlone(Job job)
    {
        var write = (job.Save, _inner) switch
        {
            ({ } save, ISessionBatchStore batches) => batches.SaveAllAsync([save], CancellationToken.None),
            ({ } save, _) => _inner.SaveAsync(save.Session, save.NewTurns, save.NewAssessments, CancellationToken.None),
            _ => job.Write!(CancellationToken.None),
        };
        write.GetAwaiter().GetResult();
        job.Done.TrySetResult();
    }

    private IEnumerable<Job> Drain()
    {
        while (_waiting.TryDequeue(out var waiting))
        {
            yield return waiting;
        }

        while (_queue.Reader.TryRead(out var job))
        {
            yield return job;
        }
    }

    private void Fail(IEnumerable<Job> jobs, Exception e)
    {
        var unavailable = StoreFaults.IsUnavailable(e);
        if (unavailable)
        {
            LogUnavailable(_logger, StoreFaults.Unavailable(e).Message);
        }

        foreach (var job in jobs)
        {
            job.Done.TrySetException(unavailable ? StoreFaults.Unavailable(e) : e);
        }
    }

    /// <summary>A read that turns the store being down into <see cref="StoreUnavailableException"/>.</summary>
    internal static async Task<T> Reading<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (StoreFaults.IsUnavailable(e))
        {
            throw StoreFaults.Unavailable(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store refused a write: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} saves failed; each is tried alone")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store writer stopped with writes still queued")]
    private static partial void LogNotDrained(ILogger logger);

    private sealed record Job(SessionSave? Save, Func<CancellationToken, Task>? Write, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Urgent { get; init; }
    }
}
