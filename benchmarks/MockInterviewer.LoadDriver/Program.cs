using MockInterviewer.LoadDriver;
using MockInterviewer.LoadDriver.Reporting;
using MockInterviewer.LoadDriver.Scenarios;

DriverArguments parsed;
try
{
    parsed = DriverArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

MockInterviewer.LoadDriver.Wire.HubWire.AcknowledgeEvery = parsed.AcknowledgeEvery;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var command = "dotnet run -c Release --project benchmarks/MockInterviewer.LoadDriver -- " + string.Join(' ', args);
var scenarios = parsed.Scenario == "all" ? new[] { "startup", "offline", "memory", "relay", "capacity" } : [parsed.Scenario];
foreach (var scenario in scenarios)
{
    var run = parsed with { Scenario = scenario };
    ResultTable table = scenario switch
    {
        "offline" => await OfflineScenario.RunAsync(run, cancel.Token),
        "relay" => await StreamingScenario.RunAsync(run, "Relay overhead", cancel.Token),
        "capacity" => await StreamingScenario.RunAsync(run, "Capacity: sessions streaming at once", cancel.Token),
        "memory" => await MemoryScenario.RunAsync(run, cancel.Token),
        "startup" => await StartupScenario.RunAsync(run, cancel.Token),
        "locked" => await LockedScenario.RunAsync(run, cancel.Token),
        _ => throw new ArgumentException($"Unknown scenario {scenario}.\n{DriverArguments.Usage}"),
    };
    Console.WriteLine(table.ToMarkdown(command));
}

return 0;
