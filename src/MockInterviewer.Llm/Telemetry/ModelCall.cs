using System.ClientModel;
using System.Diagnostics;
using Microsoft.SemanticKernel;
using MockInterviewer.Domain.Telemetry;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MockInterviewer.Llm.Telemetry;

/// <summary>
/// One model call as telemetry sees it: a span, its duration (retries included) by outcome, and, when the offline
/// engine takes over, a fallback counted by reason.
/// </summary>
internal sealed class ModelCall : IDisposable
{
    public const string Voice = "voice";
    public const string Hint = "hint";
    public const string Grading = "grading";
    public const string Summary = "summary";

    private readonly Activity? _span;
    private readonly string _operation;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _outcome = "ok";

    private ModelCall(string operation, string? sessionId)
    {
        _operation = operation;
        _span = InterviewTelemetry.StartSpan($"model {operation}", sessionId, ActivityKind.Client);
    }

    public static ModelCall Start(string operation, string? sessionId) => new(operation, sessionId);

    /// <summary>The offline engine was used without asking the model (the session's allowance is spent).</summary>
    public static void SkippedFor(string operation, string reason) => InterviewTelemetry.FellBackToOffline(operation, reason);

    /// <summary>The model's part ends here and the offline engine takes over.</summary>
    public void FellBack(string reason)
    {
        _outcome = reason;
        _span?.SetStatus(ActivityStatusCode.Error, reason);
        InterviewTelemetry.FellBackToOffline(_operation, reason);
    }

    public void FellBack(Exception error) => FellBack(ReasonOf(error));

    public void Dispose()
    {
        InterviewTelemetry.ModelCallTook(Stopwatch.GetElapsedTime(_started), _operation, _outcome);
        _span?.SetTag("mockinterviewer.outcome", _outcome);
        _span?.Dispose();
    }

    public static string ReasonOf(Exception error) => error switch
    {
        BrokenCircuitException => "circuit-open",
        TimeoutRejectedException or TimeoutException or OperationCanceledException => "timeout",
        HttpOperationException { StatusCode: { } status } => ReasonOf((int)status),
        ClientResultException { Status: > 0 and var status } => ReasonOf(status),
        { InnerException: { } inner } => ReasonOf(inner),
        _ => "unreachable",
    };

    private static string ReasonOf(int status) => status switch
    {
        429 => "rate-limited",
        >= 500 => "server-error",
        _ => "refused",
    };
}
