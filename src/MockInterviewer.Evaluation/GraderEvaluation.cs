using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation;

/// <summary>Runs labelled answers through a grader and the stuck cues, and reports agreement overall, per track and per language.</summary>
public static class GraderEvaluation
{
    public static async Task<IReadOnlyList<ScoredAnswer>> ScoreAsync(
        QuestionBank bank,
        IAnswerGrader grader,
        StuckCues stuckCues,
        IReadOnlyList<LabelledAnswer> answers,
        CancellationToken cancellationToken)
    {
        var scored = new List<ScoredAnswer>(answers.Count);
        foreach (var answer in answers)
        {
            var question = bank.Find(answer.QuestionId)
                ?? throw new InvalidOperationException($"The labelled set names an unknown question '{answer.QuestionId}'.");
            var assessment = await grader.GradeAsync(new GradingRequest(question, answer.Answer, answer.Language), cancellationToken);
            scored.Add(new ScoredAnswer(answer, question.Track, assessment, stuckCues.IsStuck(answer.Answer)));
        }

        return scored;
    }

    /// <summary>The whole split first, then one report per track and per language.</summary>
    public static IReadOnlyList<AgreementReport> Report(string split, IReadOnlyList<ScoredAnswer> scored)
    {
        var reports = new List<AgreementReport> { new($"{split}", scored) };
        reports.AddRange(scored.GroupBy(s => s.Track).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AgreementReport($"{split} {g.Key}", g.ToList())));
        reports.AddRange(scored.GroupBy(s => s.Answer.Language).OrderBy(g => g.Key)
            .Select(g => new AgreementReport($"{split} {g.Key.ToCode()}", g.ToList())));
        return reports;
    }
}
