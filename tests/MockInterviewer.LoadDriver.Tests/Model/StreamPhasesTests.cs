using MockInterviewer.LoadDriver.Model;

namespace MockInterviewer.LoadDriver.Tests.Model;

public sealed class StreamPhasesTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.0 / 30);

    [Fact]
    public void Spread_offsets_fall_within_one_interval()
    {
        var phases = StreamPhases.Spread(Interval, seed: 1);

        Assert.All(Enumerable.Range(0, 1000), n => Assert.InRange(phases.OffsetOf(n), TimeSpan.Zero, Interval - TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void Spread_offsets_cover_the_interval_rather_than_bunching()
    {
        var phases = StreamPhases.Spread(Interval, seed: 1);

        // 1,000 streams over ten slices of the interval: every slice has its share, give or take.
        var slices = Enumerable.Range(0, 1000).GroupBy(n => (int)(phases.OffsetOf(n) / Interval * 10)).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enumerable.Range(0, 10), slice => Assert.InRange(slices.GetValueOrDefault(slice), 60, 140));
    }

    [Fact]
    public void The_same_seed_gives_the_same_offsets_and_another_seed_others()
    {
        var first = Enumerable.Range(0, 200).Select(n => StreamPhases.Spread(Interval, seed: 7).OffsetOf(n)).ToList();
        var again = Enumerable.Range(0, 200).Select(n => StreamPhases.Spread(Interval, seed: 7).OffsetOf(n)).ToList();
        var other = Enumerable.Range(0, 200).Select(n => StreamPhases.Spread(Interval, seed: 8).OffsetOf(n)).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Aligned_streams_all_start_at_once()
    {
        Assert.All(Enumerable.Range(0, 100), n => Assert.Equal(TimeSpan.Zero, StreamPhases.Aligned.OffsetOf(n)));
        Assert.True(StreamPhases.Aligned.IsAligned);
    }

    [Fact]
    public void The_driver_spreads_by_default_and_aligns_when_asked()
    {
        Assert.Equal(1, DriverArguments.Parse(["relay"]).SpreadSeed);
        Assert.Equal(42, DriverArguments.Parse(["relay", "--seed", "42"]).SpreadSeed);
        Assert.Null(DriverArguments.Parse(["capacity", "--aligned"]).SpreadSeed);
    }
}
