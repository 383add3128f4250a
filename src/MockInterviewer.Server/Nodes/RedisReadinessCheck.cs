using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace MockInterviewer.Server.Nodes;

/// <summary>Ready only while Redis answers: without it this node can neither reach the others' candidates nor take a session.</summary>
public sealed class RedisReadinessCheck(NodeRedis redis) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await (await redis.DatabaseAsync().WaitAsync(cancellationToken)).PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer.", e);
        }
    }
}
