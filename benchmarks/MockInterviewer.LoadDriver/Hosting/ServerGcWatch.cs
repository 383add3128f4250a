using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// The server's own garbage collections, read live from its runtime's event pipe (the GC events dotnet-trace reads):
/// every pause, from the runtime suspending the server's threads to letting them go, with the generation collected
/// and what it promoted. The relay's p99 is set by these pauses, so each measured phase says what they were.
/// </summary>
public sealed class ServerGcWatch : IAsyncDisposable
{
    private static readonly TimeSpan FlushPatience = TimeSpan.FromSeconds(5);

    private readonly EventPipeSession _session;
    private readonly Task _reading;
    private readonly List<ServerGcPause> _pauses = [];
    private long _lastEventAt;
    private (long Start, int Generation, long Promoted)? _open;

    private ServerGcWatch(EventPipeSession session)
    {
        _session = session;
        var source = new EventPipeEventSource(session.EventStream);
        source.Clr.GCSuspendEEStart += OnSuspend;
        source.Clr.GCStart += e => _open = _open is { } open ? open with { Generation = e.Depth } : null;
        source.Clr.GCHeapStats += e => _open = _open is { } open
            ? open with { Promoted = e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 }
            : null;
        source.Clr.GCRestartEEStop += OnRestart;
        source.AllEvents += e => Volatile.Write(ref _lastEventAt, At(e));
        _reading = Task.Run(source.Process);
    }

    /// <summary>A watch on the process, or null (with the reason on stderr) when its event pipe cannot be reached.</summary>
    public static ServerGcWatch? TryStart(int pid)
    {
        try
        {
            var providers = new[]
            {
                new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC),
                // The runtime's counters once a second: events keep arriving between collections, so a reader can
                // tell when everything up to a moment has been seen.
                new EventPipeProvider("System.Runtime", EventLevel.Informational, 0, new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" }),
            };
            return new ServerGcWatch(new DiagnosticsClient(pid).StartEventPipeSession(providers, requestRundown: false));
        }
        catch (Exception e) when (e is ServerNotAvailableException or UnsupportedCommandException or IOException or TimeoutException)
        {
            Console.Error.WriteLine($"The server's garbage collections are not watched: {e.Message}");
            return null;
        }
    }

    /// <summary>The pauses that began between two <see cref="Stopwatch.GetTimestamp"/> readings, once the pipe has delivered them.</summary>
    public async Task<IReadOnlyList<ServerGcPause>> PausesAsync(long from, long to)
    {
        var waited = Stopwatch.StartNew();
        while (Volatile.Read(ref _lastEventAt) < to && !_reading.IsCompleted && waited.Elapsed < FlushPatience)
        {
            await Task.Delay(50);
        }

        lock (_pauses)
        {
            return [.. _pauses.Where(p => p.StartedAt >= from && p.StartedAt < to)];
        }
    }

    /// <summary>E.g. "4 pauses, 47 ms in all: gen0 ×3 (8.4–10 ms), gen1 ×1 (21 ms, 7.6 MB promoted)".</summary>
    public async Task<string> SummaryAsync(long from, long to) => Describe(await PausesAsync(from, to));

    public static string Describe(IReadOnlyList<ServerGcPause> pauses)
    {
        if (pauses.Count == 0)
        {
            return "none";
        }

        var kinds = pauses.GroupBy(p => p.Generation).OrderBy(g => g.Key).Select(g =>
        {
            var shortest = g.Min(p => p.Duration.TotalMilliseconds);
            var longest = g.Max(p => p.Duration.TotalMilliseconds);
            var span = g.Count() == 1 ? Ms(longest) : $"{Ms(shortest)}–{Ms(longest)}";
            var promoted = g.Max(p => p.PromotedBytes) / (1024.0 * 1024);
            return $"gen{g.Key} ×{g.Count()} ({span} ms, up to {promoted.ToString("0.0", CultureInfo.InvariantCulture)} MB promoted)";
        });
        var total = pauses.Sum(p => p.Duration.TotalMilliseconds);
        return $"{pauses.Count} pause{(pauses.Count == 1 ? "" : "s")}, {Ms(total)} ms in all: {string.Join(", ", kinds)}";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _session.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException or EndOfStreamException or TimeoutException)
        {
            // The server has gone: its pipe closed with it.
        }

        await _reading.WaitAsync(FlushPatience).ContinueWith(_ => { }, TaskScheduler.Default);
        _session.Dispose();
    }

    // The event's raw timestamp: on Linux both the runtime's event pipe and Stopwatch read CLOCK_MONOTONIC in
    // nanoseconds, so it compares directly with this process's Stopwatch readings (the relative milliseconds
    // TraceEvent recommends count from the session's start, which this driver does not know as precisely).
#pragma warning disable CS0618
    private static long At(TraceEvent e) => e.TimeStampQPC;
#pragma warning restore CS0618

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    // A suspension for a collection; a background collection's last one has no GCStart of its own (gen2).
    private void OnSuspend(GCSuspendEETraceData e)
    {
        if (e.Reason is GCSuspendEEReason.SuspendForGC or GCSuspendEEReason.SuspendForGCPrep)
        {
            _open = (At(e), 2, 0);
        }
    }

    private void OnRestart(GCNoUserDataTraceData e)
    {
        if (_open is not { } open)
        {
            return;
        }

        _open = null;
        lock (_pauses)
        {
            _pauses.Add(new ServerGcPause(open.Start, Stopwatch.GetElapsedTime(open.Start, At(e)), open.Generation, open.Promoted));
        }
    }
}

/// <param name="StartedAt">When the runtime began suspending the threads, on <see cref="Stopwatch"/>'s clock.</param>
public sealed record ServerGcPause(long StartedAt, TimeSpan Duration, int Generation, long PromotedBytes);
