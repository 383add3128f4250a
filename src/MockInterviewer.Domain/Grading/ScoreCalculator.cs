using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading;

/// <summary>The score always comes from the points' statuses and weights, whoever decided the statuses.</summary>
public static class ScoreCalculator
{
    public const double PartialCredit = 0.5;

    // A hint helps, so it costs a little; never so much that asking for one is worse than staying silent.
    public const int HintCost = 5;
    public const int MaxHintCost = 15;

    public static int Compute(IReadOnlyList<ReferencePoint> points, IReadOnlyList<PointAssessment> assessed, int hintsUsed = 0)
    {
        var statuses = assessed.ToDictionary(a => a.PointId, a => a.Status, StringComparer.Ordinal);
        double total = points.Sum(p => p.Weight);
        if (total <= 0)
        {
            return 0;
        }

        var earned = points.Sum(p => p.Weight * Credit(statuses.GetValueOrDefault(p.Id, PointStatus.Missing)));
        var score = (int)Math.Round(100 * earned / total, MidpointRounding.AwayFromZero);
        return Math.Max(0, score - Math.Min(MaxHintCost, HintCost * Math.Max(0, hintsUsed)));
    }

    private static double Credit(PointStatus status) => status switch
    {
        PointStatus.Covered => 1.0,
        PointStatus.Partial => PartialCredit,
        _ => 0.0,
    };
}
