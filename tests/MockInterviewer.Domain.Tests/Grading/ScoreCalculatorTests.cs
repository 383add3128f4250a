using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Tests.Grading;

public sealed class ScoreCalculatorTests
{
    private static ReferencePoint Point(string id, int weight) =>
        new(id, new LocalizedText(id, id), new LocalizedText(id, id), weight, [["x"]], 1);

    [Fact]
    public void Score_weighs_covered_fully_and_partial_by_half()
    {
        ReferencePoint[] points = [Point("a", 50), Point("b", 30), Point("c", 20)];
        PointAssessment[] assessed =
        [
            new("a", "a", PointStatus.Covered, "q"),
            new("b", "b", PointStatus.Partial, "q"),
            new("c", "c", PointStatus.Missing, null),
        ];

        Assert.Equal(65, ScoreCalculator.Compute(points, assessed));
    }

    [Fact]
    public void A_point_without_an_assessment_counts_as_missing()
    {
        ReferencePoint[] points = [Point("a", 50), Point("b", 50)];

        Assert.Equal(50, ScoreCalculator.Compute(points, [new("a", "a", PointStatus.Covered, "q")]));
    }

    [Fact]
    public void An_incorrect_point_earns_nothing()
    {
        ReferencePoint[] points = [Point("a", 50), Point("b", 50)];
        PointAssessment[] assessed = [new("a", "a", PointStatus.Covered, "q"), new("b", "b", PointStatus.Incorrect, "wrong")];

        Assert.Equal(50, ScoreCalculator.Compute(points, assessed));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 95)]
    [InlineData(3, 85)]
    [InlineData(10, 85)]
    public void Hints_cost_a_little_and_never_more_than_the_cap(int hints, int expected)
    {
        ReferencePoint[] points = [Point("a", 100)];

        Assert.Equal(expected, ScoreCalculator.Compute(points, [new("a", "a", PointStatus.Covered, "q")], hints));
    }

    [Fact]
    public void Hints_never_take_the_score_below_zero()
    {
        ReferencePoint[] points = [Point("a", 100)];

        Assert.Equal(0, ScoreCalculator.Compute(points, [new("a", "a", PointStatus.Missing, null)], 3));
    }
}
