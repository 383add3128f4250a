using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Flow;

/// <summary>One node: the session is always this node's, and <see cref="SessionRunner"/>'s gate orders the work.</summary>
public sealed class LocalSessionLease : ISessionLease
{
    private static readonly Task<bool> Granted = Task.FromResult(true);

    public Task<bool> TryAcquireAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken) => Granted;

    public Task<bool> RenewAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken) => Granted;

    public Task ReleaseAsync(string sessionId, string holder, CancellationToken cancellationToken) => Task.CompletedTask;
}
