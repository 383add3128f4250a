using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Phrases;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain.Reports;

/// <summary>
/// The end-of-interview report: a short overview (score, strongest moments, biggest gaps, the words the
/// candidate leans on), then every planned question with its outcome, points and model answer.
/// </summary>
public sealed class ReportBuilder(QuestionBank bank, PhraseBook phrases, AnswerWordCounter words)
{
    public static readonly string[] PhraseKeys =
    [
        "report.summary", "report.summaryPlain", "report.summaryNoAnswers", "report.selfIntroSummary", "report.strength",
        DraftedCategoryKey, .. Enum.GetValues<UngradedReason>().Select(NotGradedKey),
    ];

    private const string DraftedCategoryKey = "report.draftedCategory";

    public Report Build(InterviewSession session)
    {
        var language = session.Settings.Language;
        var questions = session.Questions.Select((p, i) => Describe(session, p, i)).ToList();
        var scored = questions.Where(q => q.Assessment is not null).ToList();
        var overall = scored.Count == 0 ? 0 : Mean(scored.Select(q => q.Assessment!.Score));
        var categories = scored
            .GroupBy(q => (q.Category, q.CategoryTitle))
            .Select(g => new CategoryScore(g.Key.Category, g.Key.CategoryTitle, Mean(g.Select(q => q.Assessment!.Score))))
            .ToList();

        var ledger = new QuoteLedger();
        var candidates = scored.SelectMany(q => q.Points).ToList();
        var highlights = Overview.StrongestMoments(candidates, ledger);
        var gaps = Overview.BiggestGaps(candidates, ledger);
        var shown = questions.Select(q => q with { Points = q.Points.Select(ledger.Show).ToList() }).ToList();

        return new Report(
            session.Id,
            session.Settings.Mode,
            session.Settings.Track,
            language,
            session.StartedAt,
            session.CompletedAt,
            overall,
            session.Summary?.Text ?? Summarize(session, questions, categories, overall),
            shown,
            highlights.Select(h => phrases.Get("report.strength", language, ("point", h.Text), ("quote", h.Quote!))).ToList(),
            gaps.Select(g => g.Advice!).ToList(),
            categories,
            highlights,
            gaps,
            words.Describe(session, bank))
        {
            SummaryEngine = session.Summary?.Engine ?? GradingEngine.Offline,
            Usage = session.Usage == TokenUsage.Zero ? null : session.Usage,
        };
    }

    private QuestionReport Describe(InterviewSession session, QuestionProgress progress, int index)
    {
        var language = session.Settings.Language;
        var question = session.QuestionOf(progress, bank);
        var behind = session.Status == SessionStatus.Completed || session.IsClosing || index < session.CurrentIndex;
        return new QuestionReport(
            question.Id,
            question.Text.In(language),
            question.Category,
            question.Drafted ? phrases.Get(DraftedCategoryKey, language) : bank.CategoryTitle(question).In(language),
            progress.Answers,
            progress.Assessment,
            OutcomeOf(progress),
            progress.HintsGiven,
            behind ? question.ModelAnswer.In(language) : null,
            progress.Assessment is { } assessment ? Points(question, assessment, language) : [],
            progress.Attempts)
        {
            Drafted = question.Drafted,
            NotGraded = progress.NotGraded,
            NotGradedText = progress.NotGraded is { } reason ? phrases.Get(NotGradedKey(reason), language) : null,
        };
    }

    private static string NotGradedKey(UngradedReason reason) => "report.notGraded." + reason switch
    {
        UngradedReason.UnreadableReply => "unreadableReply",
        UngradedReason.BudgetSpent => "budgetSpent",
        _ => "modelUnavailable",
    };

    private static QuestionOutcome OutcomeOf(QuestionProgress progress) => progress switch
    {
        { Answers.Count: > 0 } => QuestionOutcome.Answered,
        { Skipped: true } => QuestionOutcome.Skipped,
        { Asked: true } => QuestionOutcome.Unanswered,
        _ => QuestionOutcome.Unasked,
    };

    // A point the bank no longer has (edited since the answer was graded) is left out rather than failing the report.
    private static List<ReportPoint> Points(Question question, Assessment assessment, Language language) =>
        assessment.Points
            .Select(p => (Assessed: p, Reference: question.FindPoint(p.PointId)))
            .Where(p => p.Reference is not null)
            .Select(p => (p.Assessed, Reference: p.Reference!))
            .OrderByDescending(p => p.Reference.Weight)
            .Select(p => new ReportPoint(
                question.Id,
                p.Assessed.PointId,
                p.Assessed.Text,
                p.Reference.Weight,
                p.Assessed.Status,
                p.Assessed.Evidence,
                p.Assessed.Status == PointStatus.Covered ? null : p.Reference.Advice.In(language)))
            .ToList();

    private static int Mean(IEnumerable<int> scores) => (int)Math.Round(scores.Average(), MidpointRounding.AwayFromZero);

    private string Summarize(InterviewSession session, List<QuestionReport> questions, List<CategoryScore> categories, int overall)
    {
        var language = session.Settings.Language;
        var answered = questions.Count(q => q.Outcome == QuestionOutcome.Answered);
        if (answered == 0)
        {
            return phrases.Get("report.summaryNoAnswers", language);
        }

        if (session.Settings.Mode == InterviewMode.SelfIntro)
        {
            var attempts = questions[0].Attempts;
            return phrases.Get("report.selfIntroSummary", language,
                ("attempts", attempts.Count), ("first", attempts[0].Score), ("last", attempts[^1].Score),
                ("best", attempts.Max(a => a.Score)), ("seconds", attempts[^1].EstimatedSeconds));
        }

        // Strongest and weakest areas only mean something among answered areas that differ.
        var best = categories.MaxBy(c => c.Score);
        var weakest = categories.MinBy(c => c.Score);
        return best is not null && weakest is not null && best.Score > weakest.Score
            ? phrases.Get("report.summary", language,
                ("answered", answered), ("total", session.TotalQuestions), ("score", overall),
                ("best", best.Title), ("weakest", weakest.Title))
            : phrases.Get("report.summaryPlain", language,
                ("answered", answered), ("total", session.TotalQuestions), ("score", overall));
    }
}
