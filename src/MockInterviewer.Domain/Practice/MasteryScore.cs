using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Practice;

/// <summary>
/// Mastery of a point: the credit its results earned, each result weighing <see cref="Recency"/> of what is
/// left, so the newest counts most and older ones fade geometrically. It starts from nothing shown, so a point
/// climbs only as it is covered again and again; a miss or a wrong statement pulls it down at once.
/// </summary>
public static class MasteryScore
{
    public const double Recency = 0.4;

    public static double Of(IEnumerable<PointStatus> oldestFirst) =>
        oldestFirst.Aggregate(0.0, (mastery, status) => mastery + Recency * (Credit(status) - mastery));

    // The same credit the score gives, so a point half-stated counts here as it counts there.
    private static double Credit(PointStatus status) => status switch
    {
        PointStatus.Covered => 1.0,
        PointStatus.Partial => ScoreCalculator.PartialCredit,
        _ => 0.0,
    };
}
