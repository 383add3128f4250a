using System.Threading.RateLimiting;

namespace MockInterviewer.Server.RateLimits;

/// <summary>Budgets counted by this node alone: one node, or several nodes' fallback while Redis does not answer.</summary>
public sealed class NodeBudgetLimiters : IBudgetLimiters
{
    public RateLimitPartition<string> PerWindow(string budget, string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(permits, window));

    public RateLimitPartition<string> AtOnce(string budget, string key, int permits) =>
        RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = 0 });

    public static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}
