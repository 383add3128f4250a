using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>A session lease shared by several nodes in one test, kept in memory, running out on the real clock.</summary>
internal sealed class SharedLease : ISessionLease
{
    private readonly Dictionary<string, (string Holder, DateTimeOffset Until)> _held = new(StringComparer.Ordinal);

    /// <summary>While true, every call fails as a lease store that cannot be reached does.</summary>
    public bool Unreachable { get; set; }

    public int Acquisitions { get; private set; }

    public Task<bool> TryAcquireAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            EnsureReachable();
            if (HeldLocked(sessionId) is not null)
            {
                return Task.FromResult(false);
            }

            _held[sessionId] = (holder, DateTimeOffset.UtcNow + duration);
            Acquisitions++;
            return Task.FromResult(true);
        }
    }

    public Task<bool> RenewAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            EnsureReachable();
            var current = HeldLocked(sessionId);
            if (current is not null && current != holder)
            {
                return Task.FromResult(false);
            }

            _held[sessionId] = (holder, DateTimeOffset.UtcNow + duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string sessionId, string holder, CancellationToken cancellationToken)
    {
        lock (_held)
        {
            EnsureReachable();
            if (HeldLocked(sessionId) == holder)
            {
                _held.Remove(sessionId);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Who holds the session now, or null when nobody does (never taken, released or run out).</summary>
    public string? HolderOf(string sessionId)
    {
        lock (_held)
        {
            return HeldLocked(sessionId);
        }
    }

    private string? HeldLocked(string sessionId) =>
        _held.TryGetValue(sessionId, out var held) && held.Until > DateTimeOffset.UtcNow ? held.Holder : null;

    private void EnsureReachable()
    {
        if (Unreachable)
        {
            throw new IOException("The lease store cannot be reached.");
        }
    }
}
