using System.Threading.RateLimiting;

namespace MockInterviewer.Server.RateLimits.AcrossNodes;

/// <summary>A budget's answer from Redis: granted (with what to do when given back), or refused with how long to wait.</summary>
internal sealed class BudgetLease(bool isAcquired, TimeSpan? retryAfter = null, Action? onDispose = null) : RateLimitLease
{
    public static readonly BudgetLease Granted = new(true);

    /// <summary>What <see cref="RateLimiter.AttemptAcquire"/> answers: Redis is asked only asynchronously.</summary>
    public static readonly BudgetLease NotAskedYet = new(false);

    private Action? _onDispose = onDispose;

    public override bool IsAcquired { get; } = isAcquired;

    public override IEnumerable<string> MetadataNames =>
        retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = wait;
            return true;
        }

        metadata = null;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        Interlocked.Exchange(ref _onDispose, null)?.Invoke();
        base.Dispose(disposing);
    }
}
