using System.Collections.Concurrent;
using System.Diagnostics;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.LoadDriver.Candidates;
using MockInterviewer.LoadDriver.Hosting;
using MockInterviewer.LoadDriver.Model;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Scenarios;

/// <summary>
/// The relay: the server configured at a paced loopback model (`openai-compatible`), N sessions whose first
/// question's lead-in streams from it at once. Each numbered token's time from the model's send to the
/// candidate's delta, against the same streams read directly from the model; lost, doubled and reordered tokens;
/// the server's memory and CPU while they stream.
/// </summary>
public static class StreamingScenario
{
    private static readonly TimeSpan GatherPatience = TimeSpan.FromSeconds(90);

    // Sessions that stream before the measured ones, round after round until the JIT is quiet: a server just
    // started runs its first minute of streaming largely in unoptimised code while the runtime's tiering thread,
    // on the same two cores, recompiles tens of thousands of methods (half the server's CPU 60 s after start, by
    // perf): the start-up's cost, not the relay's.
    private const int WarmUpSessions = 50;

    public static async Task<ResultTable> RunAsync(DriverArguments args, string title, CancellationToken cancellationToken)
    {
        var table = new ResultTable(title);
        foreach (var sessions in args.SessionsFor(args.Scenario))
        {
            await RunStepAsync(args, sessions, table, cancellationToken);
        }

        return table;
    }

    private static async Task RunStepAsync(DriverArguments args, int sessions, ResultTable table, CancellationToken cancellationToken)
    {
        Samples direct;
        MeasuredPhase directPhase;
        await using (var alone = await PacedModel.StartAsync(args.TokenCount, args.Rate, args.SpreadSeed))
        {
            using (directPhase = MeasuredPhase.Begin())
            {
                direct = await DirectReader.ReadAsync(alone, sessions, cancellationToken);
            }
        }

        await using var model = await PacedModel.StartAsync(args.TokenCount, args.Rate, args.SpreadSeed);
        await using var server = await ServerUnderTest.StartAsync(args.ServerDllPath(), args.ServerSettings(new()
        {
            ["MockInterviewer__Llm__Provider"] = "openai-compatible",
            ["MockInterviewer__Llm__Endpoint"] = model.BaseUrl.ToString(),
            ["MockInterviewer__Llm__Model"] = "paced",
            ["MockInterviewer__Llm__FirstTokenTimeoutSeconds"] = "600",
            ["MockInterviewer__Llm__IdleTimeoutSeconds"] = "60",
            ["MockInterviewer__Interview__SpeakingTimeoutSeconds"] = "600",
        }));
        var pid = server.Pid!.Value;
        var warmUp = await WarmUpAsync(args, server.BaseUrl, model, pid, Math.Min(WarmUpSessions, sessions), cancellationToken);
        var rssBefore = ProcessStats.ResidentBytes(pid);

        var current = new WindowedSamples();
        var relayed = current.Samples;
        var seen = new ConcurrentDictionary<long, byte>();
        var lastInMessage = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var doubled = 0;
        var reordered = 0;
        var deltas = 0;
        void OnDelta(MessageDeltaEvent e, long at)
        {
            Interlocked.Increment(ref deltas);
            foreach (var token in PacedModel.TokensIn(e.Text))
            {
                if (model.TrySentAt(token, out var sent))
                {
                    Volatile.Read(ref current).Add(sent, at);
                }

                if (!seen.TryAdd(token, 0))
                {
                    Interlocked.Increment(ref doubled);
                }

                // One stream's tokens are numbered in the order it sends them.
                var previous = lastInMessage.GetValueOrDefault(e.MessageId);
                if (token < previous)
                {
                    Interlocked.Increment(ref reordered);
                }

                lastInMessage[e.MessageId] = Math.Max(previous, token);
            }
        }

        await using var crowd = await Crowd.OpenAsync(server.BaseUrl, sessions, args.ConnectConcurrency,
            (c, i) => c.StartOnlyAsync(CannedAnswers.LanguageOf(i), questions: 2 + SteadyStreaming.Questions, cancellationToken), OnDelta, cancellationToken);
        var gathered = Stopwatch.StartNew();
        while (model.Waiting < crowd.Candidates.Count && gathered.Elapsed < GatherPatience)
        {
            await Task.Delay(50, cancellationToken);
        }

        var waiting = model.Waiting;
        var rssOpen = ProcessStats.ResidentBytes(pid);
        var cpuBefore = ProcessStats.CpuTime(pid);
        var driverCpuBefore = ProcessStats.CpuTime(Environment.ProcessId);
        var rssPeak = rssOpen;
        var expected = (long)waiting * args.TokenCount;
        // On stderr, for whoever profiles the server over exactly the measured phase (perf record -p PID).
        await Console.Error.WriteLineAsync($"measured: {waiting} sessions streaming from the server, pid {pid}");
        var poolLag = new PoolLagProbe();
        using var relayedPhase = MeasuredPhase.Begin(server.Gc);
        model.Release();
        var streaming = Stopwatch.StartNew();
        var allowed = TimeSpan.FromSeconds(args.TokenCount / (double)args.Rate + 30);
        while (seen.Count < expected && streaming.Elapsed < allowed)
        {
            await Task.Delay(250, cancellationToken);
            rssPeak = Math.Max(rssPeak, ProcessStats.ResidentBytes(pid));
        }

        relayedPhase.Dispose();
        poolLag.Dispose();

        var cpu = ProcessStats.CpuTime(pid) - cpuBefore;
        await Console.Error.WriteLineAsync($"measured: done, pid {pid}");
        var driverCpu = ProcessStats.CpuTime(Environment.ProcessId) - driverCpuBefore;
        var (received, doubledFirst, reorderedFirst, deltasFirst) = (seen.Count, doubled, reordered, deltas);
        var laterWindow = new WindowedSamples();
        var later = laterWindow.Samples;
        Volatile.Write(ref current, laterWindow);
        var laterMessage = await LaterMessageAsync(crowd, model, server.Gc, later, () => seen.Count, args.TokenCount, allowed, cancellationToken);
        var (doubledBefore, reorderedBefore) = (doubled, reordered);
        var (steady, steadyDetails) = await SteadyStreaming.RunAsync(crowd, model, server.Gc, window => Volatile.Write(ref current, window), cancellationToken);
        var label = $"{sessions} sessions × {args.TokenCount} tokens at {args.Rate}/s";
        table.Add($"{label}: the model's streams", $"{model.Phases}; the direct read's the same")
            .Add($"{label}: warm-up (not measured)", warmUp)
            .Add($"{label}: streams reaching the model", $"{waiting} of {sessions}; failed to start: {OfflineScenario.Errors(crowd.Failures, 0)}")
            .Add($"{label}: model → candidate p50 / p99 (through the server)", $"{ResultTable.Ms(relayed.Median)} / {ResultTable.Ms(relayed.Percentile(99))}")
            .Add($"{label}: model → reader p50 / p99 (direct, the physical limit)", $"{ResultTable.Ms(direct.Median)} / {ResultTable.Ms(direct.Percentile(99))}")
            .Add($"{label}: added by the server p50 / p99", $"{ResultTable.Ms(relayed.Median - direct.Median)} / {ResultTable.Ms(relayed.Percentile(99) - direct.Percentile(99))}",
                sessions <= 200 ? "p99 < 5 ms at 200" : "p99 < 50 ms")
            .Add($"{label}: tokens received / lost / doubled / reordered", $"{received} / {expected - received} / {doubledFirst} / {reorderedFirst}", "none lost or reordered")
            .Add($"{label}: messages broken (deltas ≠ text)", $"{crowd.BrokenMessages} of {crowd.Messages}; {crowd.SessionErrors} SessionError")
            .Add($"{label}: server memory per session open, waiting / streaming (peak)",
                $"{ResultTable.Kb((rssOpen - rssBefore) / (double)sessions)} / {ResultTable.Kb((rssPeak - rssBefore) / (double)sessions)} (RSS {ResultTable.Mb(rssBefore)} → {ResultTable.Mb(rssPeak)})")
            .Add($"{label}: MessageDelta frames received (tokens per frame)", received == 0 ? "n/a" : $"{deltasFirst} ({received / (double)deltasFirst:0.00})")
            .Add($"{label}: server CPU per token relayed", received == 0 ? "n/a" : $"{cpu.TotalMilliseconds * 1000 / received:0} µs")
            .Add($"{label}: server CPU per MessageDelta frame", deltasFirst == 0 ? "n/a" : $"{cpu.TotalMilliseconds * 1000 / deltasFirst:0} µs")
            .Add($"{label}: this driver's CPU per token (the model and the candidates, on the same cores)",
                received == 0 ? "n/a" : $"{driverCpu.TotalMilliseconds * 1000 / received:0} µs")
            .Add($"{label}: wait in this driver's own thread pool p50 / p99 (the candidates' side of every delta)",
                $"{ResultTable.Ms(poolLag.Lag.Median)} / {ResultTable.Ms(poolLag.Lag.Percentile(99))}")
            .Add($"{label}: the server's pauses for garbage collection while measuring", await relayedPhase.ServerGcAsync())
            .Add($"{label}: this driver's garbage collections while measuring, through the server / direct", $"{relayedPhase.DriverGc} / {directPhase.DriverGc}")
            .Add($"{label}: CPU the host gave other machines while measuring (steal), through the server / direct", $"{relayedPhase.Steal} / {directPhase.Steal}")
            .Add($"{label}: a later message of the same sessions (each skips to its next question), model → candidate p50 / p99",
                $"{ResultTable.Ms(later.Median)} / {ResultTable.Ms(later.Percentile(99))} ({laterMessage})")
            .Add($"{label}: a later message: added by the server p50 / p99", $"{ResultTable.Ms(later.Median - direct.Median)} / {ResultTable.Ms(later.Percentile(99) - direct.Percentile(99))}",
                sessions <= 200 ? "p99 < 5 ms at 200" : "p99 < 50 ms")
            .Add($"{label}: steady streaming (each session's next message once the last is said, starts spread over one message), model → candidate p50 / p99",
                $"{ResultTable.Ms(steady.Median)} / {ResultTable.Ms(steady.Percentile(99))} ({steadyDetails}; doubled / reordered meanwhile {doubled - doubledBefore} / {reordered - reorderedBefore})")
            .Add($"{label}: steady streaming: added by the server p50 / p99", $"{ResultTable.Ms(steady.Median - direct.Median)} / {ResultTable.Ms(steady.Percentile(99) - direct.Percentile(99))}",
                sessions <= 200 ? "p99 < 5 ms at 200" : "p99 < 50 ms");
    }

    // Measured after the first message, once what the sessions' start left in the server's heap has been collected
    // and promoted (the first message's seconds hold those collections): every candidate skips to its next question,
    // whose lead-in the model streams to all of them again.
    private static async Task<string> LaterMessageAsync(Crowd crowd, PacedModel model, ServerGcWatch? serverGc, Samples later, Func<int> seen, int tokens, TimeSpan allowed,
        CancellationToken cancellationToken)
    {
        model.Hold();
        var spoken = Stopwatch.StartNew();
        while (crowd.Messages < 2 * crowd.Candidates.Count && spoken.Elapsed < allowed)
        {
            await Task.Delay(100, cancellationToken);
        }

        var skips = await Task.WhenAll(crowd.Candidates.Select(async c =>
        {
            try
            {
                await c.SkipAsync(cancellationToken);
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }));
        var gathered = Stopwatch.StartNew();
        while (model.Waiting < skips.Count(s => s) && gathered.Elapsed < GatherPatience)
        {
            await Task.Delay(50, cancellationToken);
        }

        var streams = model.Waiting;
        var expected = seen() + ((long)streams * tokens);
        await Console.Error.WriteLineAsync($"measured: a later message of {streams} sessions");
        using var phase = MeasuredPhase.Begin(serverGc);
        model.Release();
        var streaming = Stopwatch.StartNew();
        while (seen() < expected && streaming.Elapsed < allowed)
        {
            await Task.Delay(250, cancellationToken);
        }

        phase.Dispose();
        return $"{streams} streams, {later.Count} tokens timed; the server's GC pauses: {await phase.ServerGcAsync()}; the driver's GC {phase.DriverGc}; steal {phase.Steal}";
    }

    // Not measured: at least three rounds of sessions streaming a message each, until one in which the runtime's
    // tiering took under a twentieth of the server's CPU.
    private static async Task<string> WarmUpAsync(DriverArguments args, Uri server, PacedModel model, int pid, int sessions, CancellationToken cancellationToken)
    {
        var tiering = 1.0;
        var round = 0;
        while (JitTiering.KeepWarmingUp(round, tiering))
        {
            round++;
            var watch = JitTiering.Watch(pid);
            await using (var crowd = await Crowd.OpenAsync(server, sessions, args.ConnectConcurrency,
                (c, i) => c.StartOnlyAsync(CannedAnswers.LanguageOf(i), questions: 1, cancellationToken), onDelta: null, cancellationToken))
            {
                model.Release();
                var streaming = Stopwatch.StartNew();
                var allowed = TimeSpan.FromSeconds(args.TokenCount / (double)args.Rate + 30);

                // Each says its greeting, then the question the model leads in to.
                while (crowd.Messages < 2 * crowd.Candidates.Count && streaming.Elapsed < allowed)
                {
                    await Task.Delay(100, cancellationToken);
                }

                model.Hold();
            }

            tiering = watch.Share();
        }

        return $"{round} round(s) of {sessions} sessions streaming; the JIT's tiering took {tiering:P0} of the server's CPU in the last";
    }
}
