namespace MockInterviewer.Server.Tests.Telemetry;

/// <summary>
/// The service's meter and activity source are process-wide, so a test reading them runs while no other test's
/// server is at work (xunit runs such a collection after the parallel ones, one test at a time).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTelemetry
{
    public const string Name = "telemetry";
}
