using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Reports;

/// <summary>A reference point as the report shows it.</summary>
/// <param name="Weight">The point's share of its question's score (the weights of a question sum to 100).</param>
/// <param name="Quote">The candidate's words that show the point, or null (none, or already shown higher up).</param>
/// <param name="Advice">The bank's advice to the candidate on a point not covered (second person); null for a covered point.</param>
public sealed record ReportPoint(
    string QuestionId,
    string PointId,
    string Text,
    int Weight,
    PointStatus Status,
    string? Quote,
    string? Advice)
{
    /// <summary>The share of the question's score this point did not earn.</summary>
    public double LostWeight => Status switch
    {
        PointStatus.Covered => 0,
        PointStatus.Partial => Weight * (1 - ScoreCalculator.PartialCredit),
        _ => Weight,
    };
}
