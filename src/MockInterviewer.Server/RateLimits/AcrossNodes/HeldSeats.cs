using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Nodes;
using StackExchange.Redis;

namespace MockInterviewer.Server.RateLimits.AcrossNodes;

/// <summary>
/// The seats this node holds in Redis (<see cref="RedisSeatLimiter"/>), renewed every lease period
/// (<c>SignalR:LeaseSeconds</c>) to last three more, and put back if Redis lost them in a restart: a node that dies
/// gives its seats back within three lease periods.
/// </summary>
public sealed partial class HeldSeats(NodeRedis redis, IOptions<SignalROptions> options, RedisBudgetHealth health, ILogger<HeldSeats> logger)
    : BackgroundService
{
    // Every seat of one key, to last from Redis's own now.
    private const string RenewScript = """
        local time = redis.call('TIME')
        local lapses = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) + tonumber(ARGV[1])
        for i = 2, #ARGV do redis.call('ZADD', KEYS[1], lapses, ARGV[i]) end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return 0
        """;

    private readonly ConcurrentDictionary<(RedisKey Key, string Seat), byte> _held = new();

    public TimeSpan RenewEvery { get; } = TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    public TimeSpan SeatLifetime => 3 * RenewEvery;

    public int Count => _held.Count;

    internal void Hold(RedisKey key, string seat) => _held[(key, seat)] = 0;

    internal void GiveBack(RedisKey key, string seat)
    {
        _held.TryRemove((key, seat), out _);
        _ = RemoveAsync(key, seat);
    }

    /// <summary>Renews every seat held, one script per key; a key Redis does not answer for waits for the next round.</summary>
    public async Task RenewAsync()
    {
        var lifetime = (long)SeatLifetime.TotalMilliseconds;
        var renewals = _held.Keys
            .GroupBy(held => held.Key)
            .Select(byKey => RenewAsync(byKey.Key, [lifetime, .. byKey.Select(held => (RedisValue)held.Seat)]));
        await Task.WhenAll(renewals);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RenewAsync();
        }
    }

    private async Task RenewAsync(RedisKey key, RedisValue[] lifetimeAndSeats)
    {
        try
        {
            await (await redis.DatabaseAsync()).ScriptEvaluateAsync(RenewScript, [key], lifetimeAndSeats);
        }
        catch (Exception e) when (RedisBudgetHealth.IsUnanswered(e))
        {
            health.Unanswered(e);
        }
    }

    // A seat whose removal Redis does not answer lapses by itself.
    private async Task RemoveAsync(RedisKey key, string seat)
    {
        try
        {
            await (await redis.DatabaseAsync()).SortedSetRemoveAsync(key, seat);
        }
        catch (Exception e) when (RedisBudgetHealth.IsUnanswered(e))
        {
            SeatLeftToLapse(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A seat given back was left to lapse in Redis: {Reason}")]
    private static partial void SeatLeftToLapse(ILogger logger, string reason);
}
