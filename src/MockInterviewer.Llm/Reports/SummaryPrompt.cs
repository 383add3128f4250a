using System.Globalization;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Llm.Prompts;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Reports;

/// <summary>
/// The report summary's conversation: the interviewer's stable prefix, then the report in brief. Only the report's
/// verified quotes are given, never the answers whole, which keeps the request small and every quote checkable.
/// </summary>
internal static class SummaryPrompt
{
    public static ChatHistory Build(LlmPrompts prompts, Report report)
    {
        var history = new ChatHistory(prompts.InterviewerPrefix);
        history.AddUserMessage(prompts.ReportSummary.Render(new Dictionary<string, string>
        {
            ["language"] = report.Language.DisplayName(),
            ["overall"] = report.OverallScore.ToString(CultureInfo.InvariantCulture),
            ["questions"] = string.Join('\n', report.Questions.Select(Line)),
            ["strengths"] = Lines(report.Highlights.Select(p => $"- (weight {p.Weight}) {p.Text}; quote: \"{p.Quote}\"")),
            ["gaps"] = Lines(report.Gaps.Select(p => $"- ({p.Status.ToString().ToLowerInvariant()}, weight {p.Weight}) {p.Text}; advice: {p.Advice}"
                + (p.Quote is { } quote ? $"; their words: \"{quote}\"" : ""))),
        }));
        return history;
    }

    private static string Line(QuestionReport question, int index) =>
        $"- Q{index + 1} ({question.CategoryTitle}): {EarlierQuestions.Topic(question.Text)}: "
        + (question.Assessment is { } assessment ? $"score {assessment.Score}/100" : question.Outcome.ToString().ToLowerInvariant());

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines) is { Length: > 0 } text ? text : "none";
}
