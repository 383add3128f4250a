using MockInterviewer.LoadDriver.Hosting;

namespace MockInterviewer.LoadDriver.Tests.Hosting;

// With the smoke tests: the phase's GC hold is for the whole process.
[Collection(DriverSmokeTests.Collection)]
public sealed class MeasuredPhaseTests
{
    [Fact]
    public async Task A_phase_reports_its_gc_hold_the_hosts_steal_and_the_servers_collections_once_it_has_ended()
    {
        var phase = MeasuredPhase.Begin();
        var tooEarly = Assert.Throws<InvalidOperationException>(() => phase.Steal);
        await Assert.ThrowsAsync<InvalidOperationException>(phase.ServerGcAsync);
        Thread.Sleep(100); // /proc/stat counts in 10 ms ticks: long enough for some to pass
        phase.Dispose();
        phase.Dispose();

        Assert.Contains("not ended", tooEarly.Message, StringComparison.Ordinal);
        Assert.StartsWith("none: held off", phase.DriverGc, StringComparison.Ordinal);
        Assert.Matches(@"^\d{1,3} %$", phase.Steal);
        Assert.Equal("not watched", await phase.ServerGcAsync());
    }
}
