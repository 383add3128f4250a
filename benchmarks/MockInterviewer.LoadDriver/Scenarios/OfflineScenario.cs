using System.Diagnostics;
using System.Globalization;
using MockInterviewer.LoadDriver.Candidates;
using MockInterviewer.LoadDriver.Hosting;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Scenarios;

/// <summary>
/// The offline engine under a class answering with no pause: every candidate starts an interview and hears its
/// first question; then all answer together, each sending its next answer the moment the next question is
/// complete. Timed: SubmitAnswer to the first delta after it, /healthz meanwhile, the server's CPU per answer.
/// </summary>
public static class OfflineScenario
{
    private static readonly TimeSpan StepPatience = TimeSpan.FromMinutes(3);

    public static async Task<ResultTable> RunAsync(DriverArguments args, CancellationToken cancellationToken)
    {
        await using var server = await ServerUnderTest.OfflineAsync(args);
        var candidates = args.CandidateCount;
        var warmUp = await WarmUpAsync(server, args, cancellationToken);
        var startWatch = Stopwatch.StartNew();
        await using var crowd = await Crowd.OpenAsync(server.BaseUrl, candidates, args.ConnectConcurrency,
            (c, i) => c.StartAsync(CannedAnswers.LanguageOf(i), args.Answers, cancellationToken).WaitAsync(StepPatience, cancellationToken),
            onDelta: null, cancellationToken);
        var opened = startWatch.Elapsed;

        var firstDelta = new Samples();
        var failures = new List<string>(crowd.Failures);
        var answers = 0;
        var cpuBefore = server.Pid is { } pid ? ProcessStats.CpuTime(pid) : (TimeSpan?)null;
        var tiering = server.Pid is { } tieredPid ? JitTiering.Watch(tieredPid) : null;
        var driverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        // On stderr, for whoever profiles the server over exactly the measured phase (profile-server.sh).
        await Console.Error.WriteLineAsync($"measured: {crowd.Candidates.Count} candidates answering the server, pid {server.Pid}");
        using var phase = MeasuredPhase.Begin(server.Gc);
        var loadWatch = Stopwatch.StartNew();
        using var poolLag = new PoolLagProbe();
        await using (var probe = new HealthProbe(server.BaseUrl))
        {
            await Task.WhenAll(crowd.Candidates.Select((candidate, i) => Task.Run(async () =>
            {
                try
                {
                    for (var a = 0; a < args.Answers; a++)
                    {
                        var (heard, next) = await candidate.AnswerAsync(CannedAnswers.For(CannedAnswers.LanguageOf(i), a), cancellationToken)
                            .WaitAsync(StepPatience, cancellationToken);
                        firstDelta.Add(heard);
                        Interlocked.Increment(ref answers);
                        if (next is null)
                        {
                            break;
                        }
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    lock (failures)
                    {
                        failures.Add($"answer: {e.GetType().Name}: {e.Message}");
                    }
                }
            }, cancellationToken)));
            loadWatch.Stop();
            phase.Dispose();
            await Console.Error.WriteLineAsync($"measured: done, pid {server.Pid}");
            var cpu = server.Pid is { } p && cpuBefore is { } before ? ProcessStats.CpuTime(p) - before : (TimeSpan?)null;
            var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverCpuBefore;

            var table = new ResultTable($"Offline path: {candidates} candidates answering with no pause");
            table.Add("warm-up (not measured)", warmUp)
                .Add("candidates started (connect, StartSession, first question)", $"{crowd.Candidates.Count - crowd.Failures.Count} of {candidates} in {ResultTable.Ms(opened.TotalMilliseconds)}")
                .Add("answers", $"{answers} in {ResultTable.Ms(loadWatch.Elapsed.TotalMilliseconds)} ({(answers / loadWatch.Elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture)}/s)")
                .Add("SubmitAnswer → first MessageDelta p50", ResultTable.Ms(firstDelta.Median))
                .Add("SubmitAnswer → first MessageDelta p99", ResultTable.Ms(firstDelta.Percentile(99)), "≤ 1 s at 1,000 candidates")
                .Add("/healthz p50 / p99 under that load", $"{ResultTable.Ms(probe.Latency.Median)} / {ResultTable.Ms(probe.Latency.Percentile(99))} ({probe.Latency.Count} probes, {probe.Failures} failed)", "p99 ≤ 50 ms")
                .Add("server CPU per answer", cpu is { } used && answers > 0 ? ResultTable.Ms(used.TotalMilliseconds / answers) : "n/a (no pid)", "≤ 3 ms")
                .Add("of which the JIT's tiering (recompiling hot code)", tiering is null ? "n/a (no pid)" : $"{tiering.Share():P0}")
                .Add("this driver's CPU per answer (the candidates, on the same cores)", answers > 0 ? ResultTable.Ms(driverCpu.TotalMilliseconds / answers) : "n/a")
                .Add("wait in this driver's own thread pool p50 / p99 (in every first delta it times)", $"{ResultTable.Ms(poolLag.Lag.Median)} / {ResultTable.Ms(poolLag.Lag.Percentile(99))}")
                .Add("the server's pauses for garbage collection while measuring", await phase.ServerGcAsync())
                .Add("this driver's garbage collections while measuring", phase.DriverGc)
                .Add("CPU the host gave other machines while measuring (steal)", phase.Steal)
                .Add("messages heard / broken (deltas ≠ text)", $"{crowd.Messages} / {crowd.BrokenMessages}", "0 broken")
                .Add("errors (failed calls, timeouts, SessionError)", Errors(failures, crowd.SessionErrors), "0");
            return table;
        }
    }

    // Not measured: twelve rounds of a hundred whole interviews, always. A round with the runtime's tiering quiet is
    // no sign the JIT is done: after warm-ups stopped at such a round (the third, say), the tiering thread took a sixth
    // of the server's CPU while the thousand candidates answered (by its /proc thread times), against 1 % after
    // twelve rounds, and CPU per answer was 3.0-3.8 ms against 2.0-2.2 ms on the same machine within minutes.
    private static async Task<string> WarmUpAsync(ServerUnderTest server, DriverArguments args, CancellationToken cancellationToken)
    {
        var candidates = Math.Min(WarmUpCandidates, args.CandidateCount);
        var tiering = 1.0;
        var round = 0;
        while (round < WarmUpRounds)
        {
            round++;
            var watch = server.Pid is { } pid ? JitTiering.Watch(pid) : null;
            var crowd = await Crowd.OpenAsync(server.BaseUrl, candidates, args.ConnectConcurrency,
                async (c, i) =>
                {
                    var language = CannedAnswers.LanguageOf(i);
                    await c.StartAsync(language, args.Answers, cancellationToken).WaitAsync(StepPatience, cancellationToken);
                    for (var a = 0; a < args.Answers; a++)
                    {
                        if ((await c.AnswerAsync(CannedAnswers.For(language, a), cancellationToken).WaitAsync(StepPatience, cancellationToken)).Next is null)
                        {
                            break;
                        }
                    }
                }, onDelta: null, cancellationToken);
            await crowd.DisposeAsync();

            if (watch is null)
            {
                return $"{round} round of {candidates} whole interviews (the JIT's tiering not measured: no pid)";
            }

            tiering = watch.Share();
        }

        return $"{round} round(s) of {candidates} whole interviews; the JIT's tiering took {tiering:P0} of the server's CPU in the last";
    }

    private const int WarmUpCandidates = 100;

    private const int WarmUpRounds = 12;

    internal static string Errors(List<string> failures, int sessionErrors)
    {
        if (failures.Count == 0 && sessionErrors == 0)
        {
            return "0";
        }

        var kinds = failures.GroupBy(f => f.Length > 90 ? f[..90] : f).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()}× {g.Key.Replace('|', '/')}");
        return $"{failures.Count + sessionErrors} ({sessionErrors} SessionError; {string.Join("; ", kinds)})";
    }
}
