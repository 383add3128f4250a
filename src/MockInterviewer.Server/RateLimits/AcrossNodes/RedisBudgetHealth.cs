using StackExchange.Redis;

namespace MockInterviewer.Server.RateLimits.AcrossNodes;

/// <summary>Says once when the shared budgets fall back to counting on this node alone, and once when they are shared again.</summary>
public sealed partial class RedisBudgetHealth(ILogger<RedisBudgetHealth> logger)
{
    private int _unanswered;

    public static bool IsUnanswered(Exception e) => e is RedisException or TimeoutException;

    internal void Unanswered(Exception e)
    {
        if (Interlocked.Exchange(ref _unanswered, 1) == 0)
        {
            CountingAlone(logger, e.Message);
        }
    }

    internal void Answered()
    {
        if (Volatile.Read(ref _unanswered) == 1 && Interlocked.Exchange(ref _unanswered, 0) == 1)
        {
            SharedAgain(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not answer ({Reason}): rate limits count on this node alone until it does")]
    private static partial void CountingAlone(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis answers again: rate limits are counted across nodes")]
    private static partial void SharedAgain(ILogger logger);
}
