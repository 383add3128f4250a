using MockInterviewer.LoadDriver.Hosting;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Scenarios;

/// <summary>Process start to the first 200 from /healthz, over several starts on one database (the first one creates it).</summary>
public static class StartupScenario
{
    public static async Task<ResultTable> RunAsync(DriverArguments args, CancellationToken cancellationToken)
    {
        var times = new Samples();
        var folder = Directory.CreateTempSubdirectory("mockinterviewer-bench-");
        var steal = HostSteal.Watch();
        try
        {
            for (var run = 0; run < args.RunCount; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await using var server = await ServerUnderTest.StartAsync(args.ServerDllPath(),
                    args.ServerSettings(new() { ["MockInterviewer__Llm__Provider"] = "offline" }), folder.FullName);
                times.Add(server.StartUp);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        var stolen = steal.Share();
        return new ResultTable("Start-up")
            .Add($"process start → /healthz 200, median of {times.Count}", ResultTable.Ms(times.Median), "(today 2.7–4.7 s)")
            .Add("fastest / slowest", $"{ResultTable.Ms(times.Percentile(0))} / {ResultTable.Ms(times.Percentile(100))}")
            .Add("CPU the host gave other machines meanwhile (steal)", stolen);
    }
}
