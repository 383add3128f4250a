using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Phrases;

namespace MockInterviewer.Domain.Reports;

/// <summary>
/// The end-of-interview report: per question what went well and what to improve, each quoting the
/// candidate's own words, with scores overall and by category.
/// </summary>
public sealed class ReportBuilder(QuestionBank bank, PhraseBook phrases)
{
    public static readonly string[] PhraseKeys = ["report.summary", "report.summaryPlain", "report.summaryNoAnswers", "report.selfIntroSummary"];

    private const int MaxOverallPoints = 5;

    public Report Build(InterviewSession session)
    {
        var language = session.Settings.Language;
        var questions = session.Questions
            .Where(p => p.Asked)
            .Select(p => Describe(p, language))
            .ToList();
        var assessed = questions.Where(q => q.Assessment is not null).ToList();
        var overall = questions.Count == 0 ? 0 : (int)Math.Round(questions.Average(q => (double)(q.Assessment?.Score ?? 0)));

        var categories = questions
            .GroupBy(q => (q.Category, q.CategoryTitle))
            .Select(g => new CategoryScore(g.Key.Category, g.Key.CategoryTitle, (int)Math.Round(g.Average(q => (double)(q.Assessment?.Score ?? 0)))))
            .ToList();

        return new Report(
            session.Id,
            session.Settings.Mode,
            session.Settings.Track,
            language,
            session.StartedAt,
            session.CompletedAt,
            overall,
            Summarize(session, questions, categories, overall),
            questions,
            assessed.SelectMany(q => q.Assessment!.Strengths).Take(MaxOverallPoints).ToList(),
            assessed.SelectMany(q => q.Assessment!.Improvements).Take(MaxOverallPoints).ToList(),
            categories);
    }

    private QuestionReport Describe(QuestionProgress progress, Language language)
    {
        var question = bank.Find(progress.QuestionId)!;
        return new QuestionReport(
            question.Id,
            question.Text.In(language),
            question.Category,
            bank.CategoryTitle(question).In(language),
            progress.Answers,
            progress.Assessment,
            progress.Skipped,
            progress.Attempts);
    }

    private string Summarize(InterviewSession session, List<QuestionReport> questions, List<CategoryScore> categories, int overall)
    {
        var language = session.Settings.Language;
        var answered = questions.Count(q => q.Answers.Count > 0);
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
        var answeredAreas = questions
            .Where(q => q.Answers.Count > 0)
            .Select(q => q.Category)
            .ToHashSet(StringComparer.Ordinal);
        var areas = categories.Where(c => answeredAreas.Contains(c.Id)).ToList();
        var best = areas.MaxBy(c => c.Score)!;
        var weakest = areas.MinBy(c => c.Score)!;
        return best.Score > weakest.Score
            ? phrases.Get("report.summary", language,
                ("answered", answered), ("total", session.TotalQuestions), ("score", overall),
                ("best", best.Title), ("weakest", weakest.Title))
            : phrases.Get("report.summaryPlain", language,
                ("answered", answered), ("total", session.TotalQuestions), ("score", overall));
    }
}
