using System.Diagnostics;
using System.Threading.RateLimiting;
using MockInterviewer.Server.Nodes;
using StackExchange.Redis;

namespace MockInterviewer.Server.RateLimits.AcrossNodes;

/// <summary>
/// A fixed window counted in Redis: one counter per key, made with the window's expiry by its first use, so every
/// node spends from the same count. While Redis does not answer, this node counts the window alone.
/// </summary>
internal sealed class RedisWindowLimiter(NodeRedis redis, RedisKey key, int permits, TimeSpan window, RedisBudgetHealth health)
    : RedisBudgetLimiter(redis, key, health)
{
    // Returns whether the permits were granted and how long the window has left.
    private const string SpendScript = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[3])
          left = tonumber(ARGV[3])
        end
        if count > tonumber(ARGV[2]) then return {0, left} end
        return {1, left}
        """;

    private readonly Lazy<FixedWindowRateLimiter> _alone = new(() => new FixedWindowRateLimiter(NodeBudgetLimiters.Window(permits, window)));
    private long _lastUsed = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (await AskAsync(SpendScript, [permitCount, permits, (long)window.TotalMilliseconds]) is not { } answer)
        {
            return await _alone.Value.AcquireAsync(permitCount, cancellationToken);
        }

        var reply = (RedisResult[])answer!;
        return (long)reply[0] == 1 ? BudgetLease.Granted : new BudgetLease(false, TimeSpan.FromMilliseconds((long)reply[1]));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _alone.IsValueCreated)
        {
            _alone.Value.Dispose();
        }

        base.Dispose(disposing);
    }
}
