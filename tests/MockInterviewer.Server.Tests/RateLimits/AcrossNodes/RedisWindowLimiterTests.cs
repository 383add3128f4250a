using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.RateLimits.AcrossNodes;

public sealed class RedisWindowLimiterTests
{
    [RedisFact]
    public async Task Two_nodes_spend_from_one_window_and_the_refusal_says_how_long_is_left()
    {
        using var redis = new RedisServer();
        using var a = new BudgetNode(redis);
        using var b = new BudgetNode(redis);
        using var onA = a.PerWindow("answers", permits: 3, TimeSpan.FromMinutes(1));
        using var onB = b.PerWindow("answers", permits: 3, TimeSpan.FromMinutes(1));

        var granted = new[]
        {
            await AcquiredAsync(onA, "10.0.0.1"), await AcquiredAsync(onB, "10.0.0.1"), await AcquiredAsync(onA, "10.0.0.1"),
        };
        using var refused = await onB.AcquireAsync("10.0.0.1");
        var otherAddress = await AcquiredAsync(onB, "10.0.0.2");

        Assert.All(granted, Assert.True);
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
        Assert.True(otherAddress);
    }

    [RedisFact]
    public async Task The_window_opens_again_once_it_has_passed()
    {
        using var redis = new RedisServer();
        using var a = new BudgetNode(redis);
        using var b = new BudgetNode(redis);
        using var onA = a.PerWindow("starts", permits: 1, TimeSpan.FromMilliseconds(300));
        using var onB = b.PerWindow("starts", permits: 1, TimeSpan.FromMilliseconds(300));

        var first = await AcquiredAsync(onA, "10.0.0.1");
        var tooSoon = await AcquiredAsync(onB, "10.0.0.1");
        await Task.Delay(400);
        var later = await AcquiredAsync(onB, "10.0.0.1");

        Assert.Equal((true, false, true), (first, tooSoon, later));
    }

    [RedisFact]
    public async Task While_redis_does_not_answer_each_node_counts_the_window_alone_and_says_so_once()
    {
        using var redis = new RedisServer();
        using var a = new BudgetNode(redis);
        using var onA = a.PerWindow("answers", permits: 2, TimeSpan.FromMinutes(1));
        Assert.True(await AcquiredAsync(onA, "10.0.0.1"));
        redis.Stop();

        var whileDown = new[] { await AcquiredAsync(onA, "10.0.0.1"), await AcquiredAsync(onA, "10.0.0.1"), await AcquiredAsync(onA, "10.0.0.1") };

        Assert.Equal([true, true, false], whileDown);
        Assert.Single(a.Log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("count on this node alone", StringComparison.Ordinal));
    }

    [RedisFact]
    public async Task The_synchronous_attempt_never_blocks_on_redis_and_leaves_the_answer_to_the_asynchronous_one()
    {
        using var redis = new RedisServer();
        using var a = new BudgetNode(redis);
        using var onA = a.PerWindow("requests", permits: 5, TimeSpan.FromMinutes(1));

        using var attempt = onA.AttemptAcquire("10.0.0.1");
        using var acquired = await onA.AcquireAsync("10.0.0.1");

        Assert.False(attempt.IsAcquired);
        Assert.False(attempt.TryGetMetadata(MetadataName.RetryAfter, out _));
        Assert.True(acquired.IsAcquired);
    }

    private static async Task<bool> AcquiredAsync(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = await limiter.AcquireAsync(key);
        return lease.IsAcquired;
    }
}
