using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation;

/// <summary>Runs a labelled set through a grader and reports agreement, overall and per track.</summary>
public static class GraderEvaluation
{
    public static async Task<IReadOnlyList<AgreementReport>> RunAsync(
        QuestionBank bank,
        IAnswerGrader grader,
        IReadOnlyList<LabelledAnswer> set,
        CancellationToken cancellationToken)
    {
        var scored = new List<ScoredAnswer>(set.Count);
        foreach (var answer in set)
        {
            var question = bank.Find(answer.QuestionId)
                ?? throw new InvalidOperationException($"The labelled set names an unknown question '{answer.QuestionId}'.");
            var assessment = await grader.GradeAsync(new GradingRequest(question, answer.Answer, answer.Language), cancellationToken);
            scored.Add(new ScoredAnswer(answer, question.Track, assessment));
        }

        var reports = new List<AgreementReport> { new("all", scored) };
        reports.AddRange(scored.GroupBy(s => s.Track).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new AgreementReport(g.Key, g.ToList())));
        reports.AddRange(scored.GroupBy(s => s.Answer.Language).Select(g => new AgreementReport(g.Key.ToCode(), g.ToList())));
        return reports;
    }
}
