using Microsoft.Extensions.Options;
using MockInterviewer.Server.Configuration;
using StackExchange.Redis;

namespace MockInterviewer.Server.Nodes;

/// <summary>
/// This node's one connection to Redis: the SignalR backplane, the session leases, the data-protection keys and the
/// readiness check. Made at first use and never fatal: while Redis is down the node starts, and reconnects by itself.
/// </summary>
public sealed class NodeRedis(IOptions<SignalROptions> options) : IDisposable
{
    /// <summary>Before every key and channel of this app, so several apps can share one Redis.</summary>
    public const string KeyPrefix = "MockInterviewer:";

    // Its first try to connect takes up to the connect timeout; made asynchronously, so that the many hub connections
    // of a busy start wait for it without each holding a thread.
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(Configure(options.Value.Redis!)));

    /// <summary>
    /// For data protection's key store only, whose API is synchronous: it blocks while the first try to connect is
    /// under way. Everything else awaits <see cref="DatabaseAsync"/>.
    /// </summary>
    public IDatabase Database => _connection.Value.GetAwaiter().GetResult().GetDatabase();

    /// <summary>The connection once its first try to connect has ended, connected or not (it goes on trying by itself).</summary>
    public async Task<IConnectionMultiplexer> ConnectAsync() => await _connection.Value;

    public async Task<IDatabase> DatabaseAsync() => (await _connection.Value).GetDatabase();

    public static ConfigurationOptions Configure(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;

        // While Redis is unreachable a command fails at once instead of queueing until its timeout: words that
        // cannot go out stay queued and are said once it is back, and a lease that cannot be checked is refused
        // within the command's short wait.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;

        // Back soon after a restart (the default first waits seconds), at most every 5 s while it stays away.
        configuration.ReconnectRetryPolicy = new ExponentialRetry(250, 5000);
        return configuration;
    }

    public void Dispose()
    {
        // A first try that failed outright (a malformed address) left nothing to close.
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }
}
