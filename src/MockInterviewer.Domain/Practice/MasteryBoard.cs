using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Practice;

/// <summary>The candidate's reference points, each with its mastery and when it is due, the ones to practise first on top.</summary>
public static class MasteryBoard
{
    /// <param name="history">Every stored result of the candidate's, in any order.</param>
    /// <param name="track">Only the points of this track's questions; null for all.</param>
    /// <remarks>Points the bank no longer holds are left out: they can be neither shown nor asked.</remarks>
    public static IReadOnlyList<PointMastery> Build(
        IEnumerable<PointResult> history, QuestionBank bank, Language language, DateTimeOffset now, string? track = null)
    {
        var points = new List<PointMastery>();
        foreach (var results in history.GroupBy(r => (r.QuestionId, r.PointId)))
        {
            var question = bank.Find(results.Key.QuestionId);
            var point = question?.FindPoint(results.Key.PointId);
            if (question is null || point is null || (track is not null && !question.BelongsTo(track)))
            {
                continue;
            }

            var attempts = Attempts(results);
            points.Add(new PointMastery(
                question.Id,
                point.Id,
                point.Text.In(language),
                attempts.Count,
                attempts[^1].Status,
                MasteryScore.Of(attempts.Select(r => r.Status)),
                RepetitionSchedule.DueAt(attempts)));
        }

        return WeakestFirst(points, now).ToList();
    }

    /// <summary>Points due now before the others; within each, the weakest first, then the longest overdue (or soonest due).</summary>
    public static IEnumerable<PointMastery> WeakestFirst(IEnumerable<PointMastery> points, DateTimeOffset now) =>
        points
            .OrderBy(p => !p.IsDue(now))
            .ThenBy(p => p.Mastery)
            .ThenBy(p => p.DueAt)
            .ThenBy(p => p.QuestionId, StringComparer.Ordinal)
            .ThenBy(p => p.PointId, StringComparer.Ordinal);

    // One session is one attempt: its last result stands (a reply to a follow-up regrades the question).
    private static List<PointResult> Attempts(IEnumerable<PointResult> results) =>
        results
            .GroupBy(r => r.SessionId, StringComparer.Ordinal)
            .Select(session => session.MaxBy(r => r.At)!)
            .OrderBy(r => r.At)
            .ToList();
}
