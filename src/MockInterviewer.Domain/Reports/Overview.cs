using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Reports;

/// <summary>
/// The report's top: the strongest moments and the biggest gaps across every answered question, ranked by
/// the points' weight rather than by the order the questions came in.
/// </summary>
internal static class Overview
{
    public const int Shown = 3;

    /// <summary>Covered points with a quote not shown yet, heaviest first, one moment per quote.</summary>
    public static IReadOnlyList<ReportPoint> StrongestMoments(IEnumerable<ReportPoint> points, QuoteLedger ledger)
    {
        var picked = new List<ReportPoint>();
        foreach (var point in points.Where(p => p.Status == PointStatus.Covered).OrderByDescending(p => p.Weight))
        {
            if (picked.Count == Shown)
            {
                break;
            }

            if (ledger.IsNew(point.Quote))
            {
                picked.Add(ledger.Show(point));
            }
        }

        return picked;
    }

    /// <summary>The points that lost the most of their question's score; of two alike, a wrong statement first.</summary>
    public static IReadOnlyList<ReportPoint> BiggestGaps(IEnumerable<ReportPoint> points, QuoteLedger ledger) =>
        points
            .Where(p => p.LostWeight > 0)
            .OrderByDescending(p => p.LostWeight)
            .ThenByDescending(p => p.Status == PointStatus.Incorrect)
            .Take(Shown)
            .Select(ledger.Show)
            .ToList();
}
