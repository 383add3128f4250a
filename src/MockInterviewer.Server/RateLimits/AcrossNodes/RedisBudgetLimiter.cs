using System.Threading.RateLimiting;
using MockInterviewer.Server.Nodes;
using StackExchange.Redis;

namespace MockInterviewer.Server.RateLimits.AcrossNodes;

/// <summary>
/// A budget counted in Redis under one key, each answer from one script. Only <see cref="RateLimiter.AcquireAsync"/>
/// asks Redis; the synchronous <see cref="RateLimiter.AttemptAcquire"/> says no, and its callers (the rate limiting
/// middleware, the interview limiter) then ask asynchronously.
/// </summary>
internal abstract class RedisBudgetLimiter(NodeRedis redis, RedisKey key, RedisBudgetHealth health) : RateLimiter
{
    protected RedisKey Key { get; } = key;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => BudgetLease.NotAskedYet;

    /// <returns>The script's answer; null while Redis does not answer (said once by <see cref="RedisBudgetHealth"/>).</returns>
    protected async Task<RedisResult?> AskAsync(string script, RedisValue[] values)
    {
        try
        {
            var answer = await (await redis.DatabaseAsync()).ScriptEvaluateAsync(script, [Key], values);
            health.Answered();
            return answer;
        }
        catch (Exception e) when (RedisBudgetHealth.IsUnanswered(e))
        {
            health.Unanswered(e);
            return null;
        }
    }
}
