using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Nodes;
using MockInterviewer.Server.RateLimits.AcrossNodes;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.RateLimits.AcrossNodes;

/// <summary>One node's shared budgets on its own connection to <paramref name="redis"/>, as a server node makes them.</summary>
internal sealed class BudgetNode : IDisposable
{
    private readonly NodeRedis _redis;
    private readonly LoggerFactory _logs;

    public BudgetNode(RedisServer redis, int leaseSeconds = 10)
    {
        var options = Options.Create(new SignalROptions { Redis = redis.ConnectionString, LeaseSeconds = leaseSeconds });
        _redis = new NodeRedis(options);
        _logs = new LoggerFactory([Log]);
        var health = new RedisBudgetHealth(_logs.CreateLogger<RedisBudgetHealth>());
        Seats = new HeldSeats(_redis, options, health, NullLogger<HeldSeats>.Instance);
        Limiters = new RedisBudgetLimiters(_redis, Seats, health);
    }

    public RecordingLoggerProvider Log { get; } = new();

    public HeldSeats Seats { get; }

    public RedisBudgetLimiters Limiters { get; }

    public PartitionedRateLimiter<string> PerWindow(string budget, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => Limiters.PerWindow(budget, key, permits, window));

    public PartitionedRateLimiter<string> AtOnce(string budget, int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => Limiters.AtOnce(budget, key, permits));

    public void Dispose()
    {
        Seats.Dispose();
        _redis.Dispose();
        _logs.Dispose();
    }
}
