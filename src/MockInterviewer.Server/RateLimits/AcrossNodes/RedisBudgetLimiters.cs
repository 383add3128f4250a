using System.Threading.RateLimiting;
using MockInterviewer.Server.Nodes;
using StackExchange.Redis;

namespace MockInterviewer.Server.RateLimits.AcrossNodes;

/// <summary>Budgets counted in Redis, so an address or account spends from one budget whichever node it reaches.</summary>
public sealed class RedisBudgetLimiters(NodeRedis redis, HeldSeats seats, RedisBudgetHealth health) : IBudgetLimiters
{
    public RateLimitPartition<string> PerWindow(string budget, string key, int permits, TimeSpan window) =>
        RateLimitPartition.Get(key, k => new RedisWindowLimiter(redis, KeyOf(budget, k), permits, window, health));

    public RateLimitPartition<string> AtOnce(string budget, string key, int permits) =>
        RateLimitPartition.Get(key, k => new RedisSeatLimiter(redis, seats, KeyOf(budget, k), permits, health));

    public static RedisKey KeyOf(string budget, string key) => $"{NodeRedis.KeyPrefix}budget:{budget}:{key}";
}
