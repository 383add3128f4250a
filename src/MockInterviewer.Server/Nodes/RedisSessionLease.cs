using MockInterviewer.Domain.Ports;
using StackExchange.Redis;

namespace MockInterviewer.Server.Nodes;

/// <summary>
/// The session lease in Redis, shared by every node: a key per session holding the holder's token, set only if
/// absent and with an expiry, so a node that dies lets go by itself. Renewing and releasing compare the token first,
/// in one script each, so a node whose hold ran out never extends or deletes the next holder's.
/// </summary>
public sealed class RedisSessionLease(NodeRedis redis) : ISessionLease
{
    // Extends the caller's own hold; takes the session again if the key is gone (Redis restarted without keeping
    // its data: nobody else holds it), and refuses if another holder has it.
    private const string RenewScript = """
        local held = redis.call('GET', KEYS[1])
        if held == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        if not held and redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
        return 0
        """;

    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    public async Task<bool> TryAcquireAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken) =>
        await (await redis.DatabaseAsync()).StringSetAsync(KeyOf(sessionId), holder, duration, When.NotExists);

    public async Task<bool> RenewAsync(string sessionId, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var renewed = await (await redis.DatabaseAsync()).ScriptEvaluateAsync(RenewScript, [KeyOf(sessionId)], [holder, (long)duration.TotalMilliseconds]);
        return (long)renewed == 1;
    }

    public async Task ReleaseAsync(string sessionId, string holder, CancellationToken cancellationToken) =>
        await (await redis.DatabaseAsync()).ScriptEvaluateAsync(ReleaseScript, [KeyOf(sessionId)], [holder]);

    private static RedisKey KeyOf(string sessionId) => NodeRedis.KeyPrefix + "lease:" + sessionId;
}
