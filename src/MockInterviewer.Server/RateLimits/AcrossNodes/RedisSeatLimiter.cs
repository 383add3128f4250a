using System.Diagnostics;
using System.Threading.RateLimiting;
using MockInterviewer.Server.Nodes;
using StackExchange.Redis;

namespace MockInterviewer.Server.RateLimits.AcrossNodes;

/// <summary>
/// Places held at once, counted in Redis for every node: a sorted set per key of the seats taken, each scored with
/// when it lapses unless its node renews it (<see cref="HeldSeats"/>), so the seats of a node that died lapse by
/// themselves. While Redis does not answer a seat is granted and kept, and counts once Redis is back: the hub
/// refuses commands meanwhile anyway (nodes-unavailable).
/// </summary>
internal sealed class RedisSeatLimiter(NodeRedis redis, HeldSeats seats, RedisKey key, int permits, RedisBudgetHealth health)
    : RedisBudgetLimiter(redis, key, health)
{
    // Drops lapsed seats, then takes one if there is room (asked for none: says whether there is); Redis's own clock, so the nodes' clocks need not agree.
    private const string TakeScript = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
        local wanted = tonumber(ARGV[2])
        if redis.call('ZCARD', KEYS[1]) + math.max(wanted, 1) > tonumber(ARGV[3]) then return 0 end
        if wanted > 0 then
          redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
        end
        return 1
        """;

    private int _held;
    private long _lastGivenBack = Stopwatch.GetTimestamp();

    public override TimeSpan? IdleDuration =>
        Volatile.Read(ref _held) > 0 ? null : Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastGivenBack));

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "A seat is taken one at a time.");
        }

        var seat = Guid.NewGuid().ToString("N");
        if (await AskAsync(TakeScript, [seat, permitCount, permits, (long)seats.SeatLifetime.TotalMilliseconds]) is { } taken && (long)taken == 0)
        {
            return new BudgetLease(false, seats.SeatLifetime);
        }

        return permitCount == 0 ? BudgetLease.Granted : Hold(seat);
    }

    private BudgetLease Hold(string seat)
    {
        Interlocked.Increment(ref _held);
        seats.Hold(Key, seat);
        return new BudgetLease(true, onDispose: () =>
        {
            seats.GiveBack(Key, seat);
            Interlocked.Exchange(ref _lastGivenBack, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref _held);
        });
    }
}
