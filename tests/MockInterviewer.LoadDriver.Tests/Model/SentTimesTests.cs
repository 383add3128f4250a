using MockInterviewer.LoadDriver.Model;

namespace MockInterviewer.LoadDriver.Tests.Model;

public sealed class SentTimesTests
{
    [Fact]
    public void A_token_recorded_is_found_in_any_segment_and_one_never_sent_is_not()
    {
        var sent = new SentTimes();

        sent.Record(1, 11);
        sent.Record(65_536, 22);
        sent.Record(1_000_000, 33);

        Assert.True(sent.TryGet(1, out var first) && first == 11);
        Assert.True(sent.TryGet(65_536, out var second) && second == 22);
        Assert.True(sent.TryGet(1_000_000, out var third) && third == 33);
        Assert.False(sent.TryGet(2, out _));
        Assert.False(sent.TryGet(0, out _));
        Assert.False(sent.TryGet(5_000_000, out _));
        Assert.False(sent.TryGet(long.MaxValue, out _));
    }
}
