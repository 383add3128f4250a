using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading;

/// <summary>Picks the follow-up that probes the most important point the answers left missing (then partial).</summary>
public static class FollowUpPicker
{
    public static SuggestedFollowUp? Pick(
        Question question,
        IReadOnlyList<PointAssessment> points,
        IReadOnlyCollection<int> alreadyAsked,
        Language language)
    {
        var candidates = points
            .Where(p => p.Status != PointStatus.Covered)
            .Select(p => (Assessed: p, Point: question.FindPoint(p.PointId)!))
            .OrderBy(p => p.Assessed.Status == PointStatus.Missing ? 0 : 1)
            .ThenByDescending(p => p.Point.Weight);

        foreach (var (_, point) in candidates)
        {
            for (var i = 0; i < question.FollowUps.Count; i++)
            {
                var followUp = question.FollowUps[i];
                if (followUp.ProbesPointId == point.Id && !alreadyAsked.Contains(i))
                {
                    return new SuggestedFollowUp(i, point.Id, followUp.Text.In(language));
                }
            }
        }

        return null;
    }
}
