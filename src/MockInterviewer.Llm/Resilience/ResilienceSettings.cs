using MockInterviewer.Llm.Configuration;

namespace MockInterviewer.Llm.Resilience;

/// <summary>How model calls are retried, timed and cut off by the circuit breaker (the <c>Llm</c> section's numbers as times).</summary>
/// <param name="FirstToken">How long a stream may take to send anything; until then a timeout is a failure to retry.</param>
/// <param name="Idle">The longest gap between a stream's pieces once it has started; longer, and the stream counts as broken.</param>
/// <param name="Request">How long one try at a call read whole (grading, a hint) may take.</param>
public sealed record ResilienceSettings(
    int Retries,
    TimeSpan RetryDelay,
    TimeSpan FirstToken,
    TimeSpan Idle,
    TimeSpan Request,
    double BreakerFailureRatio,
    int BreakerMinimumThroughput,
    TimeSpan BreakerSampling,
    TimeSpan BreakerBreak)
{
    public static ResilienceSettings Default { get; } = From(new LlmOptions());

    public static ResilienceSettings From(LlmOptions options) => new(
        options.Retries,
        TimeSpan.FromSeconds(options.RetryDelaySeconds),
        TimeSpan.FromSeconds(options.FirstTokenTimeoutSeconds),
        TimeSpan.FromSeconds(options.IdleTimeoutSeconds),
        TimeSpan.FromSeconds(options.RequestTimeoutSeconds),
        options.BreakerFailureRatio,
        options.BreakerMinimumThroughput,
        TimeSpan.FromSeconds(options.BreakerSamplingSeconds),
        TimeSpan.FromSeconds(options.BreakerBreakSeconds));
}
