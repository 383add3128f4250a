using MockInterviewer.LoadDriver.Hosting;

namespace MockInterviewer.LoadDriver.Tests.Hosting;

// With the smoke tests: a hold is for the whole process, and theirs must not overlap these.
[Collection(DriverSmokeTests.Collection)]
public sealed class DriverGcHoldTests
{
    [Fact]
    public void A_phase_that_allocates_within_the_budget_runs_with_no_collection()
    {
        using var hold = DriverGcHold.Begin();
        var collections = GC.CollectionCount(0);
        Allocate(16 * 1024 * 1024);
        var collectionsMeanwhile = GC.CollectionCount(0) - collections;
        hold.Dispose();

        Assert.StartsWith("none: held off", hold.Summary, StringComparison.Ordinal);
        Assert.Equal(0, collectionsMeanwhile);
    }

    [Fact]
    public void A_phase_past_the_budget_says_how_long_the_driver_paused()
    {
        using var hold = DriverGcHold.Begin();
        Allocate(DriverGcHold.Budget + (64 * 1024 * 1024));
        hold.Dispose();

        Assert.Contains("ms paused", hold.Summary, StringComparison.Ordinal);
        Assert.Contains("past the hold's budget", hold.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hold_begun_while_another_lasts_runs_as_usual_and_says_so()
    {
        using var outer = DriverGcHold.Begin();
        using var inner = DriverGcHold.Begin();
        inner.Dispose();
        outer.Dispose();

        Assert.Contains("no hold available", inner.Summary, StringComparison.Ordinal);
        Assert.StartsWith("none: held off", outer.Summary, StringComparison.Ordinal);
    }

    // Small arrays, as the driver's allocations are, kept no longer than the next one.
    private static void Allocate(long bytes)
    {
        object? last = null;
        for (long done = 0; done < bytes; done += 1024)
        {
            last = new byte[1000];
        }

        GC.KeepAlive(last);
    }
}
