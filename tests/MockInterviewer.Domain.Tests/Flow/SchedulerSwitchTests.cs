using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class SchedulerSwitchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Work_that_left_its_lane_comes_back_to_the_lanes_thread()
    {
        using var scheduler = new BackgroundScheduler(1);
        var lane = scheduler.NewLane();
        var seen = new List<(bool OnPool, bool InLane)>();

        await lane.Start(async () =>
        {
            await Task.Delay(1).ConfigureAwait(false);
            seen.Add((Thread.CurrentThread.IsThreadPoolThread, TaskScheduler.Current == lane));
            await SchedulerSwitch.To(lane);
            seen.Add((Thread.CurrentThread.IsThreadPoolThread, TaskScheduler.Current == lane));
        }).WaitAsync(Patience);

        Assert.Equal([(true, false), (false, true)], seen);
    }

    [Fact]
    public async Task Work_already_there_goes_on_at_once()
    {
        using var scheduler = new BackgroundScheduler(1);
        var lane = scheduler.NewLane();

        var atOnce = false;
        await lane.Start(() =>
        {
            atOnce = SchedulerSwitch.To(lane).IsCompleted;
            return Task.CompletedTask;
        }).WaitAsync(Patience);

        Assert.True(atOnce);
        Assert.False(SchedulerSwitch.To(lane).IsCompleted);
    }
}
