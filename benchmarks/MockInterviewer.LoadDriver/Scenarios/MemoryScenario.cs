using MockInterviewer.LoadDriver.Candidates;
using MockInterviewer.LoadDriver.Hosting;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Scenarios;

/// <summary>
/// Memory per idle session: the server's resident memory before and after N candidates each open a connection,
/// start an interview and sit on its first question; again after a pause for the collector to settle; and after
/// they all leave.
/// </summary>
public static class MemoryScenario
{
    // Small rounds rather than one large one, so the heap grows no more than 20 sessions' worth and does not lend the
    // measured crowd its room; repeated until the JIT's tiering falls quiet. The runtime starts counting a method's
    // calls only once no new method has been compiled for a while, and recompiles it optimised in the background
    // after 30 more: without rounds enough, that recompiling of every method on a session's path (megabytes of
    // native memory, once per process) ran in the seconds after the measured crowd opened, and was billed to its
    // sessions as growth while idle.
    private const int WarmUpSessions = 20;

    // After each round, for the tiering to work through what the round's calls queued.
    private static readonly TimeSpan TieringPatience = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task<ResultTable> RunAsync(DriverArguments args, CancellationToken cancellationToken)
    {
        await using var server = await ServerUnderTest.OfflineAsync(args);
        var pid = server.Pid ?? throw new ArgumentException("memory needs the server's process id: start it here, or pass --pid with --url.");
        var table = new ResultTable("Memory per idle session (offline engine)");

        // The first sessions pay once for what every later one shares (compiled code, the bank's patterns, EF's model).
        var rounds = 0;
        var tiering = 1.0;
        while (JitTiering.KeepWarmingUp(rounds, tiering))
        {
            rounds++;
            var watch = JitTiering.Watch(pid);
            var warm = await Crowd.OpenAsync(server.BaseUrl, WarmUpSessions, WarmUpSessions,
                (c, i) => c.StartAsync(CannedAnswers.LanguageOf(i), 5, cancellationToken), onDelta: null, cancellationToken);
            await warm.DisposeAsync();
            await JitTiering.IdleAsync(pid, TieringPatience, cancellationToken);
            tiering = watch.Share();
        }

        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var idle = ProcessStats.ResidentBytes(pid);
        table.Add($"server RSS idle (after {rounds} × {WarmUpSessions} warm-up sessions came and went; the JIT's tiering took {tiering:P0} of the server's CPU in the last)",
            ResultTable.Mb(idle));

        foreach (var sessions in args.SessionsFor("memory"))
        {
            var before = ProcessStats.ResidentBytes(pid);
            var crowd = await Crowd.OpenAsync(server.BaseUrl, sessions, args.ConnectConcurrency,
                (c, i) => c.StartAsync(CannedAnswers.LanguageOf(i), 5, cancellationToken), onDelta: null, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var open = ProcessStats.ResidentBytes(pid);
            var settling = JitTiering.Watch(pid);
            await Task.Delay(Settle, cancellationToken);
            var settled = ProcessStats.ResidentBytes(pid);
            var opened = crowd.Candidates.Count;
            table.Add($"{opened} idle sessions: RSS per session just opened", ResultTable.Kb((open - before) / (double)opened), "≤ 50 KB")
                .Add($"{opened} idle sessions: RSS per session after {Settle.TotalSeconds:0} s", ResultTable.Kb((settled - before) / (double)opened), "≤ 50 KB")
                .Add($"{opened} idle sessions: the JIT's tiering in those {Settle.TotalSeconds:0} s (one-off, not per session)",
                    $"{settling.Took().TotalMilliseconds:0} ms of CPU")
                .Add($"{opened} idle sessions: failures", OfflineScenario.Errors(crowd.Failures, crowd.SessionErrors), "0");
            await crowd.DisposeAsync();
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            table.Add($"server RSS after the {opened} left", ResultTable.Mb(ProcessStats.ResidentBytes(pid)));
        }

        return table;
    }
}
