using MockInterviewer.LoadDriver.Hosting;

namespace MockInterviewer.LoadDriver.Tests.Hosting;

public sealed class HostStealTests
{
    [Fact]
    public async Task The_share_is_a_percentage_of_the_cpu_time_that_passed()
    {
        var steal = HostSteal.Watch();
        var busyUntil = DateTime.UtcNow.AddMilliseconds(200);
        while (DateTime.UtcNow < busyUntil)
        {
            await Task.Yield();
        }

        var share = steal.Share();

        Assert.Matches(@"^\d{1,3} %$", share);
        Assert.InRange(int.Parse(share[..^2], System.Globalization.CultureInfo.InvariantCulture), 0, 100);
    }
}
