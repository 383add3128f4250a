using Microsoft.SemanticKernel;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace MockInterviewer.Llm.Resilience;

/// <summary>
/// How every model call is made resilient. A call that failed before it produced anything (429, 408, 5xx, a
/// dropped connection, a timeout) is retried, after the server's Retry-After when it gives one, else with
/// jittered exponential backoff; Semantic Kernel turns the OpenAI client's own retries off, so this is the only
/// retry. Each try passes one circuit breaker, shared by the interviewer's and the grading calls to the endpoint:
/// when the model keeps failing it opens, and calls fail at once (to the offline engine) without reaching the
/// server until a trial call after the break succeeds. <see cref="ModelHealth"/> hears how each call ended.
/// </summary>
public sealed class ModelCalls
{
    private readonly ResiliencePipeline _breaker;
    private readonly TimeProvider _time;

    private ModelCalls(ResiliencePipeline pipeline, ResiliencePipeline streams, ResiliencePipeline breaker, ResilienceSettings settings, TimeProvider time)
    {
        Pipeline = pipeline;
        Streams = streams;
        _breaker = breaker;
        Settings = settings;
        _time = time;
    }

    /// <summary>No retry, breaker or timeout: each call is made once, and waits as long as its caller does.</summary>
    public static ModelCalls None { get; } = new(ResiliencePipeline.Empty, ResiliencePipeline.Empty, ResiliencePipeline.Empty,
        ResilienceSettings.Default with { FirstToken = Timeout.InfiniteTimeSpan, Idle = Timeout.InfiniteTimeSpan }, TimeProvider.System);

    /// <summary>For a call read whole (grading, a hint): retried, through the breaker, each try within the request timeout.</summary>
    public ResiliencePipeline Pipeline { get; }

    /// <summary>For opening a stream: retried, through the breaker; its timeouts are the stream's own (<see cref="OpenStreamAsync"/>).</summary>
    public ResiliencePipeline Streams { get; }

    public ResilienceSettings Settings { get; }

    public static ModelCalls Create(ResilienceSettings settings, ModelHealth health, TimeProvider time)
    {
        var breaker = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSampling,
                BreakDuration = settings.BreakerBreak,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailures.IsTransient),
                StateProvider = health.Breaker,
            })
            .Build();

        ResiliencePipelineBuilder Retried()
        {
            var builder = new ResiliencePipelineBuilder { TimeProvider = time }.AddStrategy(_ => new HealthRecording(health));
            if (settings.Retries > 0)
            {
                builder.AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = settings.Retries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = settings.RetryDelay,
                    MaxDelay = TransientFailures.LongestWait,
                    ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailures.IsTransient),
                    DelayGenerator = args => ValueTask.FromResult(TransientFailures.RetryAfter(args.Outcome.Exception)),
                });
            }

            return builder.AddPipeline(breaker);
        }

        return new ModelCalls(Retried().AddTimeout(settings.Request).Build(), Retried().Build(), breaker, settings, time);
    }

    /// <summary>
    /// A stream at its first chunk (null when it ended without one), tried again while nothing has arrived; read
    /// on under the caller's token and the stream's own timeouts (<see cref="WatchedStream"/>).
    /// </summary>
    public async Task<IAsyncEnumerator<StreamingChatMessageContent>?> OpenStreamAsync(
        Func<CancellationToken, IAsyncEnumerable<StreamingChatMessageContent>> open, CancellationToken cancellationToken) =>
        await Streams.ExecuteAsync(async _ => await WatchedStream.OpenAsync(open, Settings, _time, cancellationToken), cancellationToken);

    /// <summary>
    /// Counts a stream that broke after its first piece against the breaker: the try that opened it succeeded,
    /// but a model that keeps cutting out should open the breaker as one that keeps refusing does.
    /// </summary>
    public async ValueTask ReportBrokenStreamAsync(Exception error)
    {
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            await _breaker.ExecuteOutcomeAsync(static (_, e) => Outcome.FromExceptionAsValueTask<bool>(e), context, error);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
