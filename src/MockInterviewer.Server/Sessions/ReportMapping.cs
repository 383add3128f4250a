using MockInterviewer.Contracts;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Server.Assessments;

namespace MockInterviewer.Server.Sessions;

public static class ReportMapping
{
    public static ReportDto ToDto(this Report report) => new(
        report.SessionId,
        WireNames.Of(report.Mode),
        report.Track,
        report.Language.ToCode(),
        report.StartedAt,
        report.CompletedAt,
        report.OverallScore,
        report.Summary,
        report.Questions.Select(ToDto).ToList(),
        report.Strengths,
        report.Improvements,
        report.Categories.Select(c => new CategoryScoreDto(c.Id, c.Title, c.Score)).ToList(),
        report.Questions.Any(q => q.Assessment?.Engine == GradingEngine.Llm) ? "llm" : "offline",
        report.Highlights.Select(ToDto).ToList(),
        report.Gaps.Select(ToDto).ToList(),
        report.Words.ToDto(),
        report.Usage is { } usage ? new UsageDto(usage.PromptTokens, usage.CachedPromptTokens, usage.CompletionTokens) : null,
        WireNames.Of(report.SummaryEngine));

    private static ReportQuestionDto ToDto(QuestionReport question) => new(
        question.QuestionId,
        question.Text,
        question.Answers,
        question.Assessment?.ToDto(),
        question.Category,
        question.CategoryTitle,
        question.Skipped,
        question.Attempts.Select(a => new AttemptDto(a.Answer, a.Score, a.EstimatedSeconds, WireNames.Of(a.Verdict))).ToList(),
        WireNames.Of(question.Outcome),
        question.HintsUsed,
        question.ModelAnswer,
        question.Points.Select(ToDto).ToList(),
        question.Drafted,
        question.NotGraded is { } reason ? WireNames.Of(reason) : null,
        question.NotGradedText);

    private static ReportPointDto ToDto(ReportPoint point) =>
        new(point.QuestionId, point.PointId, point.Text, point.Weight, WireNames.Of(point.Status), point.Quote, point.Advice);

    private static WordsDto ToDto(this WordStats words) => new(
        ToDto(words.MostUsed),
        ToDto(words.Fillers),
        words.AverageAnswerChars,
        words.AverageAnswerSeconds,
        words.TargetAnswerSeconds,
        words.Lengths.Select(l => new AnswerLengthDto(l.QuestionId, l.AverageChars, l.AverageSeconds, l.TargetSeconds, WireNames.Of(l.Verdict))).ToList(),
        words.Attempts.Select(a => new AttemptWordsDto(a.Attempt, a.Chars, a.EstimatedSeconds, a.TargetSeconds, ToDto(a.Fillers), ToDto(a.MostUsed), WireNames.Of(a.Verdict))).ToList(),
        words.AverageVerdict is { } verdict ? WireNames.Of(verdict) : null);

    private static List<WordCountDto> ToDto(IReadOnlyList<WordCount> counts) =>
        counts.Select(c => new WordCountDto(c.Word, c.Count)).ToList();
}
