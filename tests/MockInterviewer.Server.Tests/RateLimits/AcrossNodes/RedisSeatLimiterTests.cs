using System.Threading.RateLimiting;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.RateLimits.AcrossNodes;

public sealed class RedisSeatLimiterTests
{
    [RedisFact]
    public async Task Seats_held_on_two_nodes_count_together_and_one_given_back_makes_room()
    {
        using var redis = new RedisServer();
        using var a = new BudgetNode(redis);
        using var b = new BudgetNode(redis);
        using var onA = a.AtOnce("open", permits: 2);
        using var onB = b.AtOnce("open", permits: 2);

        var first = await onA.AcquireAsync("10.0.0.1");
        using var second = await onB.AcquireAsync("10.0.0.1");
        using var third = await onB.AcquireAsync("10.0.0.1");
        first.Dispose();
        using var afterOneLeft = await EventuallyAcquiredAsync(onB, "10.0.0.1");

        Assert.True(first.IsAcquired);
        Assert.True(second.IsAcquired);
        Assert.False(third.IsAcquired);
        Assert.True(afterOneLeft.IsAcquired);
    }

    [RedisFact]
    public async Task The_seats_of_a_node_that_stops_renewing_them_lapse_while_renewed_seats_stay()
    {
        using var redis = new RedisServer();
        using var dies = new BudgetNode(redis, leaseSeconds: 1);
        using var lives = new BudgetNode(redis, leaseSeconds: 1);
        using var onDying = dies.AtOnce("open", permits: 2);
        using var onLiving = lives.AtOnce("open", permits: 2);
        using var heldByTheDead = await onDying.AcquireAsync("10.0.0.1");
        using var heldByTheLiving = await onLiving.AcquireAsync("10.0.0.1");

        using var whileBothHold = await onLiving.AcquireAsync("10.0.0.1");
        var lapsedBy = DateTime.UtcNow + lives.Seats.SeatLifetime;
        while (DateTime.UtcNow < lapsedBy + TimeSpan.FromMilliseconds(300))
        {
            await lives.Seats.RenewAsync();
            await Task.Delay(lives.Seats.RenewEvery / 2);
        }

        using var afterTheLapse = await onLiving.AcquireAsync("10.0.0.1");
        using var beyondTheLimit = await onLiving.AcquireAsync("10.0.0.1");

        Assert.True(heldByTheDead.IsAcquired);
        Assert.False(whileBothHold.IsAcquired);
        Assert.True(afterTheLapse.IsAcquired);
        Assert.False(beyondTheLimit.IsAcquired);
    }

    [RedisFact]
    public async Task Seats_held_when_redis_restarts_empty_count_again_at_the_next_renewal()
    {
        using var redis = new RedisServer();
        using var a = new BudgetNode(redis);
        using var onA = a.AtOnce("open", permits: 1);
        using var held = await onA.AcquireAsync("10.0.0.1");
        redis.Stop();
        redis.Start();

        await EventuallyAsync(async () =>
        {
            await a.Seats.RenewAsync();
            using var probe = await onA.AcquireAsync("10.0.0.1", permitCount: 0);
            return !probe.IsAcquired;
        });

        Assert.True(held.IsAcquired);
        Assert.Equal(1, a.Seats.Count);
    }

    // The seat given back leaves Redis a moment after its lease is disposed.
    private static async Task<RateLimitLease> EventuallyAcquiredAsync(PartitionedRateLimiter<string> limiter, string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var lease = await limiter.AcquireAsync(key);
            if (lease.IsAcquired || DateTime.UtcNow > deadline)
            {
                return lease;
            }

            lease.Dispose();
            await Task.Delay(20);
        }
    }

    // The node reconnects to the restarted Redis by itself, within a few of its retries.
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 10 s.");
            await Task.Delay(100);
        }
    }
}
