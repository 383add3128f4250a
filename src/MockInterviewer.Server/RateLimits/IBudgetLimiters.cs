using System.Threading.RateLimiting;

namespace MockInterviewer.Server.RateLimits;

/// <summary>
/// Makes the limiters that count one budget for one key (an address, an account): on this node alone, or in Redis,
/// where every node behind the address counts together.
/// </summary>
public interface IBudgetLimiters
{
    /// <summary>At most <paramref name="permits"/> for <paramref name="key"/> in each <paramref name="window"/>.</summary>
    RateLimitPartition<string> PerWindow(string budget, string key, int permits, TimeSpan window);

    /// <summary>At most <paramref name="permits"/> held at once for <paramref name="key"/>, each until its lease is disposed.</summary>
    RateLimitPartition<string> AtOnce(string budget, string key, int permits);
}
