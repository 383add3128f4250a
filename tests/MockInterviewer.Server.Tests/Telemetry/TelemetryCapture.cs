using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterviewer.Domain.Telemetry;
using MockInterviewer.Server.Telemetry;
using MockInterviewer.Server.Tests.Support;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MockInterviewer.Server.Tests.Telemetry;

/// <summary>
/// The server's own tracing and metrics setup (<see cref="TelemetryExtensions"/>) with in-memory exporters in place of
/// OTLP, and OpenTelemetry's logger with scopes, so a test reads what a collector would receive.
/// </summary>
public sealed class TelemetryCapture
{
    public List<Activity> Spans { get; } = [];

    public List<MetricSnapshot> Metrics { get; } = [];

    /// <summary>Each log record's message and scope values, copied as it is written (the SDK reuses its records).</summary>
    public ConcurrentQueue<(string Message, Dictionary<string, object?> Scope)> Logs { get; } = new();

    public void AddTo(IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInterviewTracing().AddInMemoryExporter(Spans))
            .WithMetrics(metrics => metrics.AddInterviewMetrics().AddInMemoryExporter(Metrics));
        services.AddLogging(logging => logging.AddOpenTelemetry(logs =>
        {
            logs.IncludeScopes = true;
            logs.IncludeFormattedMessage = true;
            logs.AddProcessor(new LogCopier(Logs));
        }));
    }

    public ServerFactory Server(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(settings: settings, services: s =>
        {
            services?.Invoke(s);
            AddTo(s);
        });

    /// <summary>Collects the metrics now, and gives each instrument's points (cumulative since the server started).</summary>
    public IReadOnlyList<MetricPoint> Points(ServerFactory server, string instrument)
    {
        lock (Metrics)
        {
            Metrics.Clear();
            server.Services.GetRequiredService<MeterProvider>().ForceFlush();
            return Metrics.LastOrDefault(m => m.Name == instrument)?.MetricPoints ?? [];
        }
    }

    public long Sum(ServerFactory server, string instrument, params (string Key, string Value)[] tags) =>
        Points(server, instrument).Where(p => HasTags(p, tags)).Sum(p => p.GetSumLong());

    public long HistogramCount(ServerFactory server, string instrument) =>
        Points(server, instrument).Sum(p => p.GetHistogramCount());

    public IReadOnlyList<Activity> SpansOf(string sessionId)
    {
        lock (Spans)
        {
            return Spans.Where(s => Equals(s.GetTagItem(InterviewTelemetry.SessionIdTag), sessionId)).ToList();
        }
    }

    private static Dictionary<string, object?> ScopeOf(LogRecord log)
    {
        var scope = new Dictionary<string, object?>();
        log.ForEachScope((item, values) =>
        {
            foreach (var (key, value) in item)
            {
                values[key] = value;
            }
        }, scope);
        return scope;
    }

    private sealed class LogCopier(ConcurrentQueue<(string, Dictionary<string, object?>)> logs) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data) => logs.Enqueue((data.FormattedMessage ?? data.Body ?? "", ScopeOf(data)));
    }

    private static bool HasTags(MetricPoint point, (string Key, string Value)[] tags)
    {
        var found = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            found[tag.Key] = tag.Value;
        }

        return tags.All(t => Equals(found.GetValueOrDefault(t.Key), t.Value));
    }
}
