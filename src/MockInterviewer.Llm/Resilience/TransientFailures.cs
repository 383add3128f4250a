using System.ClientModel;
using System.Globalization;
using System.Net;
using Microsoft.SemanticKernel;
using Polly.Timeout;

namespace MockInterviewer.Llm.Resilience;

/// <summary>Which failures of a model call are worth another try (and count against the breaker), and how long the server asks to wait.</summary>
internal static class TransientFailures
{
    // A Retry-After longer than this is not worth keeping a candidate waiting for: the offline engine takes over.
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(20);

    public static bool IsTransient(Exception error) => error switch
    {
        OperationCanceledException => false,
        HttpOperationException { StatusCode: { } status } => IsTransient(status),
        ClientResultException { Status: > 0 and var status } => IsTransient((HttpStatusCode)status),
        HttpOperationException { InnerException: { } inner } => IsTransient(inner),
        HttpRequestException or IOException or TimeoutException or TimeoutRejectedException => true,
        _ => false,
    };

    public static TimeSpan? RetryAfter(Exception? error)
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

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan Min(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
}
