using System.ClientModel;
using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;
using Polly;
using Polly.Retry;

namespace MockInterviewer.Llm.Resilience;

/// <summary>
/// Retries a model call that failed before it produced anything: a refused or failed request (429, 408, 5xx,
/// a dropped connection), after the server's Retry-After when it gives one, else with jittered exponential
/// backoff. Semantic Kernel turns the OpenAI client's own retries off, so this is the only retry.
/// </summary>
public sealed class ModelRetry(ResiliencePipeline pipeline)
{
    // A Retry-After longer than this is not worth keeping a candidate waiting for: the offline engine takes over.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(20);

    public static ModelRetry None { get; } = new(ResiliencePipeline.Empty);

    public ResiliencePipeline Pipeline { get; } = pipeline;

    public static ModelRetry Create(int retries, TimeSpan baseDelay) => new(new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = retries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = baseDelay,
            MaxDelay = LongestWait,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception)),
        })
        .Build());

    internal static bool IsTransient(Exception error) => error switch
    {
        OperationCanceledException => false,
        HttpOperationException { StatusCode: { } status } => IsTransient(status),
        ClientResultException { Status: > 0 and var status } => IsTransient((HttpStatusCode)status),
        HttpOperationException { InnerException: { } inner } => IsTransient(inner),
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan? RetryAfter(Exception? error)
    {
        var response = error switch
        {
            ClientResultException result => result.GetRawResponse(),
            { InnerException: ClientResultException inner } => inner.GetRawResponse(),
            _ => null,
        };
        if (response is null || !response.Headers.TryGetValue("Retry-After", out var value) || value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Min(TimeSpan.FromSeconds(seconds));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Min(at - DateTimeOffset.UtcNow)
            : null;
    }

    private static TimeSpan Min(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
}
