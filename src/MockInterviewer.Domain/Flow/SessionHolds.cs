using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// This node's holds on sessions (<see cref="ISessionLease"/>). The first piece of work on a session (a command,
/// the background lane, the clock) takes the lease; pieces that come while it is held share it; the last one to
/// finish lets it go. While held it is renewed. A hold that could not be renewed in time is lost (another node may
/// take over once it runs out): <see cref="Entry.Lost"/> tells the work under it to stop. With one node, a hold's
/// memory is kept after it ends (<see cref="KeptSessionMemories"/>) for the session's next hold.
/// </summary>
public sealed partial class SessionHolds(ISessionLease lease, LeaseSettings settings, TimeProvider clock, ILogger<SessionHolds> logger)
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(100);
    private readonly Dictionary<string, Hold> _holds = new(StringComparer.Ordinal);
    private readonly KeptSessionMemories? _kept = lease is LocalSessionLease ? new KeptSessionMemories(clock) : null;

    /// <summary>One node, no lease to share: every session is this node's at once.</summary>
    public static SessionHolds Local() =>
        new(new LocalSessionLease(), LeaseSettings.Default, TimeProvider.System, NullLogger<SessionHolds>.Instance);

    public LeaseSettings Settings => settings;

    /// <summary>Holds the session for this node, waiting up to <paramref name="wait"/> while another node holds it.</summary>
    /// <exception cref="InterviewException"><c>session-busy</c> when the session is still another node's after the wait;
    /// <c>nodes-unavailable</c> when the lease could not be reached (Redis down) to find out.</exception>
    public async Task<Entry> EnterAsync(string sessionId, TimeSpan wait, CancellationToken cancellationToken)
    {
        Hold hold;
        var first = false;
        lock (_holds)
        {
            if (!_holds.TryGetValue(sessionId, out hold!))
            {
                hold = new Hold(sessionId, _kept?.Take(sessionId) ?? new HeldSessionMemory(sessionId));
                _holds[sessionId] = hold;
                first = true;
            }

            hold.Users++;
        }

        if (first)
        {
            // Run at once, so that with the local lease, the hold is taken before this call first yields.
            hold.Keeping = KeepAsync(hold);
        }

        try
        {
            await hold.Taken.Task.WaitAsync(wait, clock, cancellationToken);
            return new Entry(this, hold);
        }
        catch (TimeoutException)
        {
            await LeaveAsync(hold);
            throw hold.Unreachable
                ? new InterviewException("nodes-unavailable", "The servers cannot reach each other to agree who runs this interview, so nothing of this was done; try again in a moment.")
                : new InterviewException("session-busy", "Another server is still working on this interview; try again in a moment.");
        }
        catch
        {
            await LeaveAsync(hold);
            throw;
        }
    }

    internal int Count
    {
        get
        {
            lock (_holds)
            {
                return _holds.Count;
            }
        }
    }

    internal int KeptCount
    {
        get
        {
            lock (_holds)
            {
                return _kept?.Count ?? 0;
            }
        }
    }

    private async Task LeaveAsync(Hold hold)
    {
        lock (_holds)
        {
            if (--hold.Users > 0)
            {
                return;
            }

            ForgetLocked(hold);
            _kept?.Keep(hold.Memory);
        }

        await hold.Ending.CancelAsync();
        await hold.Keeping;
        if (hold.Taken.Task.IsCompletedSuccessfully && !hold.Lost.IsCancellationRequested)
        {
            try
            {
                await lease.ReleaseAsync(hold.SessionId, hold.Holder, CancellationToken.None);
            }
            catch (Exception e)
            {
                // It runs out by itself.
                LogReleaseFailed(logger, e, hold.SessionId);
            }
        }

        hold.Ending.Dispose();
    }

    // Work that comes after a hold was lost takes the lease afresh, rather than joining the lost one.
    private void Forget(Hold hold)
    {
        lock (_holds)
        {
            ForgetLocked(hold);
        }
    }

    private void ForgetLocked(Hold hold)
    {
        if (_holds.TryGetValue(hold.SessionId, out var current) && current == hold)
        {
            _holds.Remove(hold.SessionId);
        }
    }

    // Takes the lease, then renews it until the last user leaves or it is lost.
    private async Task KeepAsync(Hold hold)
    {
        var ending = hold.Ending.Token;
        try
        {
            // Measured on the monotonic clock, so a wall clock set back or forward neither stretches nor cuts a hold.
            var heldFrom = clock.GetTimestamp();
            // On the thread pool whoever entered first: renewals never queue behind background work (BackgroundScheduler).
            while (!await TryAsync(hold, () => lease.TryAcquireAsync(hold.SessionId, hold.Holder, settings.Duration, ending)).ConfigureAwait(false))
            {
                await Task.Delay(RetryEvery, clock, ending).ConfigureAwait(false);
                heldFrom = clock.GetTimestamp();
            }

            hold.Taken.TrySetResult();
            if (lease is LocalSessionLease)
            {
                // Nothing to renew, and no timer kept per session.
                return;
            }

            while (true)
            {
                await Task.Delay(settings.RenewEvery, clock, ending).ConfigureAwait(false);
                var asked = clock.GetTimestamp();

                // Past its end (this node stalled): another node may have acted meanwhile, so it is not renewed.
                var renewed = clock.GetElapsedTime(heldFrom) >= settings.Duration ? false : await TryRenewAsync(hold, ending).ConfigureAwait(false);
                if (renewed == true)
                {
                    heldFrom = asked;
                }
                else if (renewed == false || clock.GetElapsedTime(heldFrom) + settings.RenewEvery >= settings.Duration)
                {
                    // Given up before it runs out, so another node never acts while this one still thinks it may.
                    LogHoldLost(logger, hold.SessionId);
                    Forget(hold);
                    await hold.LostSource.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ending.IsCancellationRequested)
        {
            hold.Taken.TrySetCanceled(ending);
        }
    }

    private async Task<bool> TryAsync(Hold hold, Func<Task<bool>> acquire)
    {
        try
        {
            var taken = await acquire();
            hold.Unreachable = false;
            return taken;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (!hold.Unreachable)
            {
                LogLeaseUnreachable(logger, e, hold.SessionId);
            }

            hold.Unreachable = true;
            return false;
        }
    }

    private async Task<bool?> TryRenewAsync(Hold hold, CancellationToken ending)
    {
        try
        {
            return await lease.RenewAsync(hold.SessionId, hold.Holder, settings.Duration, ending);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogLeaseUnreachable(logger, e, hold.SessionId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hold on session {SessionId} could not be renewed in time; its work here stops")]
    private static partial void LogHoldLost(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session lease cannot be reached for session {SessionId}")]
    private static partial void LogLeaseUnreachable(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The hold on session {SessionId} could not be released; it runs out by itself")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string sessionId);

    /// <summary>One piece of work's share of a hold; disposing it lets go of that share.</summary>
    public sealed class Entry : IAsyncDisposable
    {
        private readonly SessionHolds _owner;
        private readonly Hold _hold;
        private int _left;

        internal Entry(SessionHolds owner, Hold hold)
        {
            _owner = owner;
            _hold = hold;
        }

        /// <summary>Cancelled when the hold is lost: another node may act for the session soon.</summary>
        public CancellationToken Lost => _hold.Lost;

        /// <summary>What the store remembers of the session for as long as this hold lasts.</summary>
        public HeldSessionMemory Memory => _hold.Memory;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                await _owner.LeaveAsync(_hold);
            }
        }
    }

    internal sealed class Hold(string sessionId, HeldSessionMemory memory)
    {
        public string SessionId { get; } = sessionId;

        public string Holder { get; } = Guid.NewGuid().ToString("N");

        public HeldSessionMemory Memory { get; } = memory;

        public int Users { get; set; }

        public TaskCompletionSource Taken { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenSource Ending { get; } = new();

        // Never disposed: work may still hold its token after the hold is gone, and it has no timer.
        public CancellationTokenSource LostSource { get; } = new();

        public CancellationToken Lost => LostSource.Token;

        public Task Keeping { get; set; } = Task.CompletedTask;

        // The last try failed because the lease could not be reached, not because another node holds it.
        public bool Unreachable { get; set; }
    }
}
