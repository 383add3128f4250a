using System.Diagnostics;
using MockInterviewer.LoadDriver.Hosting;

namespace MockInterviewer.LoadDriver.Tests.Hosting;

// With the smoke tests: the collections forced here would end their GC hold.
[Collection(DriverSmokeTests.Collection)]
public sealed class ServerGcWatchTests
{
    [Fact]
    public async Task Reports_the_collections_that_began_within_the_window_and_none_from_before_it()
    {
        // This test process stands in for the server: its runtime has the same event pipe.
        await using var watch = ServerGcWatch.TryStart(Environment.ProcessId);
        Assert.NotNull(watch);
        var before = Stopwatch.GetTimestamp();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true);

        var from = Stopwatch.GetTimestamp();
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        }

        var to = Stopwatch.GetTimestamp();
        var all = await watch.PausesAsync(before, to);
        var inWindow = await watch.PausesAsync(from, to);

        // The runtime may collect more than it was asked to (a gen1 taken as a gen2), never less.
        Assert.Contains(all, p => p.StartedAt < from && p.Generation == 2);
        Assert.True(inWindow.Count >= 3 && inWindow.All(p => p.Generation >= 1), ServerGcWatch.Describe(inWindow));
        Assert.All(inWindow, p => Assert.InRange(p.StartedAt, from, to));
        Assert.All(inWindow, p => Assert.True(p.Duration > TimeSpan.Zero && p.Duration < Stopwatch.GetElapsedTime(from, to)));
    }

    [Fact]
    public void Describes_pauses_by_generation_with_their_longest_and_what_they_promoted()
    {
        const long MB = 1024 * 1024;
        ServerGcPause[] pauses =
        [
            new(1, TimeSpan.FromMilliseconds(5), 0, MB),
            new(2, TimeSpan.FromMilliseconds(12), 1, 8 * MB),
            new(3, TimeSpan.FromMilliseconds(9), 0, MB / 2),
        ];

        Assert.Equal("none", ServerGcWatch.Describe([]));
        Assert.Equal("3 pauses, 26 ms in all: gen0 ×2 (5.0–9.0 ms, up to 1.0 MB promoted), gen1 ×1 (12 ms, up to 8.0 MB promoted)",
            ServerGcWatch.Describe(pauses));
    }

    [Fact]
    public void A_process_that_is_not_there_is_not_watched()
    {
        Assert.Null(ServerGcWatch.TryStart(int.MaxValue));
    }
}
