using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage.Tests.Support;

/// <summary>
/// A lease as several nodes share one, granted at once to whoever asks: the tests take turns, and each "node" is
/// another set of services. Not the local lease, so nothing this node remembered outlives its hold.
/// </summary>
internal sealed class EveryNodeLease : ISessionLease
{
    public Task<bool> TryAcquireAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<bool> RenewAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task ReleaseAsync(string sessionId, string holder, CancellationToken cancellationToken) => Task.CompletedTask;
}
