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
    // Three small rounds rather than one large one: every method on a session's path runs more than the tiered
    // JIT's 30 calls, so its recompiled code (megabytes, once per process) is not billed to the measured sessions,
    // while the heap grows no more than 20 sessions' worth and so does not lend the measured crowd its room.
    private const int WarmUpSessions = 20;

    private const int WarmUpRounds = 3;

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public static async Task<ResultTable> RunAsync(DriverArguments args, CancellationToken cancellationToken)
    {
        await using var server = await ServerUnderTest.OfflineAsync(args);
        var pid = server.Pid ?? throw new ArgumentException("memory needs the server's process id: start it here, or pass --pid with --url.");
        var table = new ResultTable("Memory per idle session (offline engine)");

        // The first sessions pay once for what every later one shares (compiled code, the bank's patterns, EF's model).
        for (var round = 0; round < WarmUpRounds; round++)
        {
            var warm = await Crowd.OpenAsync(server.BaseUrl, WarmUpSessions, WarmUpSessions,
                (c, i) => c.StartAsync(CannedAnswers.LanguageOf(i), 5, cancellationToken), onDelta: null, cancellationToken);
            await warm.DisposeAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var idle = ProcessStats.ResidentBytes(pid);
        table.Add($"server RSS idle (after {WarmUpRounds} × {WarmUpSessions} warm-up sessions came and went)", ResultTable.Mb(idle));

        foreach (var sessions in args.SessionsFor("memory"))
        {
            var before = ProcessStats.ResidentBytes(pid);
            var crowd = await Crowd.OpenAsync(server.BaseUrl, sessions, args.ConnectConcurrency,
                (c, i) => c.StartAsync(CannedAnswers.LanguageOf(i), 5, cancellationToken), onDelta: null, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var open = ProcessStats.ResidentBytes(pid);
            await Task.Delay(Settle, cancellationToken);
            var settled = ProcessStats.ResidentBytes(pid);
            var opened = crowd.Candidates.Count;
            table.Add($"{opened} idle sessions: RSS per session just opened", ResultTable.Kb((open - before) / (double)opened), "≤ 50 KB")
                .Add($"{opened} idle sessions: RSS per session after {Settle.TotalSeconds:0} s", ResultTable.Kb((settled - before) / (double)opened), "≤ 50 KB")
                .Add($"{opened} idle sessions: failures", OfflineScenario.Errors(crowd.Failures, crowd.SessionErrors), "0");
            await crowd.DisposeAsync();
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            table.Add($"server RSS after the {opened} left", ResultTable.Mb(ProcessStats.ResidentBytes(pid)));
        }

        return table;
    }
}
