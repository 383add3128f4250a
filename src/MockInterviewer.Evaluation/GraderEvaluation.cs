using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation;

/// <summary>Runs labelled answers through a grader and the stuck cues, and reports agreement overall, per track and per language.</summary>
public static class GraderEvaluation
{
    public static Task<IReadOnlyList<ScoredAnswer>> ScoreAsync(
        QuestionBank bank,
        IAnswerGrader grader,
        StuckCues stuckCues,
        IReadOnlyList<LabelledAnswer> answers,
        CancellationToken cancellationToken) =>
        ScoreAsync(bank, grader, stuckCues, answers, ScoringOptions.Sequential, cancellationToken);

    /// <summary>The answers' scores in the answers' order, however many are graded at once.</summary>
    public static async Task<IReadOnlyList<ScoredAnswer>> ScoreAsync(
        QuestionBank bank,
        IAnswerGrader grader,
        StuckCues stuckCues,
        IReadOnlyList<LabelledAnswer> answers,
        ScoringOptions options,
        CancellationToken cancellationToken)
    {
        var questions = answers.Select(a => bank.Find(a.QuestionId)
            ?? throw new InvalidOperationException($"The labelled set names an unknown question '{a.QuestionId}'.")).ToList();
        var scored = new ScoredAnswer[answers.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, answers.Count), parallel, async (i, token) =>
        {
            var answer = answers[i];
            var request = new GradingRequest(questions[i], answer.Answer, answer.Language);
            var assessment = await GradeAsync(grader, request, options, token);
            scored[i] = new ScoredAnswer(answer, questions[i].Track, assessment, stuckCues.IsStuck(answer.Answer));
            options.Graded?.Invoke(scored[i]);
        });

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

    private static async Task<Assessment> GradeAsync(IAnswerGrader grader, GradingRequest request, ScoringOptions options, CancellationToken cancellationToken)
    {
        if (options.Fallback is null)
        {
            return await grader.GradeAsync(request, cancellationToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.AnswerTimeout is { } limit)
        {
            timeout.CancelAfter(limit);
        }

        try
        {
            return await grader.GradeAsync(request, timeout.Token);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // One answer the model failed on is what the server would have graded offline, not the end of the run.
            return await options.Fallback.GradeAsync(request, cancellationToken);
        }
    }
}
