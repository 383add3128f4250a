namespace MockInterviewer.Domain.Grading;

/// <summary>
/// Picks what to probe next: the heaviest point still open (stated wrongly, then missing, then partial) that
/// no follow-up has probed yet; a review's focus points, still open, come before all others. The engine's own
/// words are used when it aimed at that point, else the bank's.
/// </summary>
public static class FollowUpPicker
{
    public static SuggestedFollowUp? Pick(GradingRequest request, IReadOnlyList<PointAssessment> points, ProposedFollowUp? proposed)
    {
        var question = request.Question;
        var open = points
            .Where(p => p.Status != PointStatus.Covered && !request.ProbedPoints.Contains(p.PointId))
            .Select(p => (Assessed: p, Point: question.FindPoint(p.PointId)!))
            .OrderBy(p => FocusRank(request.FocusPoints, p.Point.Id))
            .ThenBy(p => Urgency(p.Assessed.Status))
            .ThenByDescending(p => p.Point.Weight);

        foreach (var (_, point) in open)
        {
            if (proposed is not null && proposed.PointId == point.Id && !string.IsNullOrWhiteSpace(proposed.Text))
            {
                return new SuggestedFollowUp(null, point.Id, proposed.Text.Trim());
            }

            for (var i = 0; i < question.FollowUps.Count; i++)
            {
                if (question.FollowUps[i].ProbesPointId == point.Id && !request.AskedFollowUps.Contains(i))
                {
                    return new SuggestedFollowUp(i, point.Id, question.FollowUps[i].Text.In(request.Language));
                }
            }
        }

        return null;
    }

    private static int FocusRank(IReadOnlyList<string> focus, string pointId)
    {
        for (var rank = 0; rank < focus.Count; rank++)
        {
            if (string.Equals(focus[rank], pointId, StringComparison.Ordinal))
            {
                return rank;
            }
        }

        return focus.Count;
    }

    private static int Urgency(PointStatus status) => status switch
    {
        PointStatus.Incorrect => 0,
        PointStatus.Missing => 1,
        _ => 2,
    };
}
