using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Practice;

namespace MockInterviewer.Domain.Tests.Practice;

public sealed class RepetitionScheduleTests
{
    private static TimeSpan Interval(params PointStatus[] oldestFirst) => RepetitionSchedule.Interval(oldestFirst);

    private static PointStatus[] CoveredInARow(int count) => Enumerable.Repeat(PointStatus.Covered, count).ToArray();

    [Fact]
    public void Each_covered_result_in_a_row_makes_the_wait_longer_up_to_the_longest()
    {
        var waits = Enumerable.Range(1, 12).Select(run => Interval(CoveredInARow(run))).ToList();

        Assert.All(waits.Zip(waits.Skip(1)), pair => Assert.True(pair.First < pair.Second || pair.Second == RepetitionSchedule.Longest));
        Assert.True(waits[1] < waits[3]);
        Assert.Equal(RepetitionSchedule.Longest, waits[^1]);
    }

    [Theory]
    [InlineData(PointStatus.Missing)]
    [InlineData(PointStatus.Incorrect)]
    [InlineData(PointStatus.Partial)]
    public void Anything_short_of_covered_brings_the_point_back_within_two_days_and_restarts_the_run(PointStatus slip)
    {
        Assert.InRange(Interval([.. CoveredInARow(4), slip]), TimeSpan.FromHours(1), TimeSpan.FromDays(2));
        Assert.Equal(Interval(PointStatus.Covered), Interval([.. CoveredInARow(4), slip, PointStatus.Covered]));
    }

    [Fact]
    public void A_point_stated_wrongly_comes_back_no_later_than_one_half_stated()
    {
        Assert.True(Interval(PointStatus.Incorrect) <= Interval(PointStatus.Partial));
        Assert.Equal(Interval(PointStatus.Missing), Interval(PointStatus.Incorrect));
    }
}
