using System.Diagnostics;
using System.Diagnostics.Metrics;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain.Telemetry;

/// <summary>
/// The service's own traces and metrics, named "MockInterviewer". Only System.Diagnostics: an exporter (OpenTelemetry
/// in the server) listens when it is configured; with nobody listening every call here costs next to nothing.
/// </summary>
public static class InterviewTelemetry
{
    public const string Name = "MockInterviewer";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    // Started minus finished on this process: summed over every node, the sessions under way.
    private static readonly UpDownCounter<long> ActiveSessions =
        Meter.CreateUpDownCounter<long>("mockinterviewer.sessions.active", "{session}", "Interviews started and not yet finished");

    private static readonly Counter<long> Turns =
        Meter.CreateCounter<long>("mockinterviewer.turns", "{turn}", "Turns stored, by role and kind");

    private static readonly Histogram<double> FirstToken =
        Meter.CreateHistogram<double>("mockinterviewer.interviewer.first_token", "ms",
            "From the command that set the interviewer to work (an answer, a hint, a skip, a start) to its first piece of words");

    private static readonly Histogram<double> ModelLatency =
        Meter.CreateHistogram<double>("mockinterviewer.model.duration", "ms", "One model call, retries included, by operation and outcome");

    private static readonly Counter<long> Tokens =
        Meter.CreateCounter<long>("mockinterviewer.model.tokens", "{token}", "Tokens the model reported, by kind: prompt (all of it), cached (the part of prompt a cache served), completion");

    private static readonly Counter<long> Fallbacks =
        Meter.CreateCounter<long>("mockinterviewer.model.fallbacks", "{fallback}", "Model work handed to the offline engine, by operation and reason");

    private static readonly Counter<long> RateLimited =
        Meter.CreateCounter<long>("mockinterviewer.rate_limit.rejections", "{rejection}", "Requests and hub calls refused by a rate limit, by limit");

    public static void SessionStarted() => ActiveSessions.Add(1);

    public static void SessionFinished(ClosingReason? reason) =>
        ActiveSessions.Add(-1, new KeyValuePair<string, object?>("reason", reason?.ToString() ?? "unknown"));

    public static void TurnStored(Turn turn) => Turns.Add(1,
        new KeyValuePair<string, object?>("role", turn.Role.ToString()),
        new KeyValuePair<string, object?>("kind", turn.Kind.ToString()));

    public static void FirstTokenAfter(TimeSpan wait, MessageKind kind) =>
        FirstToken.Record(wait.TotalMilliseconds, new KeyValuePair<string, object?>("kind", kind.ToString()));

    public static void ModelCallTook(TimeSpan duration, string operation, string outcome) => ModelLatency.Record(duration.TotalMilliseconds,
        new KeyValuePair<string, object?>("operation", operation),
        new KeyValuePair<string, object?>("outcome", outcome));

    public static void TokensSpent(TokenUsage usage)
    {
        Tokens.Add(usage.PromptTokens, new KeyValuePair<string, object?>("kind", "prompt"));
        Tokens.Add(usage.CachedPromptTokens, new KeyValuePair<string, object?>("kind", "cached"));
        Tokens.Add(usage.CompletionTokens, new KeyValuePair<string, object?>("kind", "completion"));
    }

    public static void FellBackToOffline(string operation, string reason) => Fallbacks.Add(1,
        new KeyValuePair<string, object?>("operation", operation),
        new KeyValuePair<string, object?>("reason", reason));

    public static void RateLimitRejected(string limit) => RateLimited.Add(1, new KeyValuePair<string, object?>("limit", limit));

    /// <summary>A span for one piece of the session's work, tagged with its session.</summary>
    public static Activity? StartSpan(string name, string? sessionId, ActivityKind kind = ActivityKind.Internal)
    {
        var activity = Source.StartActivity(name, kind);
        activity?.SetTag(SessionIdTag, sessionId);
        return activity;
    }

    /// <summary>
    /// A span that starts a trace of its own, linked to the one under way: a hub command arrives on a WebSocket whose
    /// request span lasts as long as the connection, and a trace per command reads better than one per connection.
    /// </summary>
    public static Activity? StartRootSpan(string name, string? sessionId, ActivityKind kind)
    {
        var current = Activity.Current;
        if (current is null)
        {
            return StartSpan(name, sessionId, kind);
        }

        Activity.Current = null;
        try
        {
            var activity = Source.StartActivity(name, kind, parentContext: default, links: [new ActivityLink(current.Context)]);
            activity?.SetTag(SessionIdTag, sessionId);
            return activity;
        }
        finally
        {
            if (Activity.Current is null)
            {
                Activity.Current = current;
            }
        }
    }

    public const string SessionIdTag = "mockinterviewer.session_id";
}
