using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Prompts;

namespace MockInterviewer.Llm.Grading;

/// <summary>
/// The grading conversation: a system message that never changes (persona, grading rubric), so providers'
/// prompt caches hit, then one user message with what changes (the question, its points, the answer).
/// </summary>
internal static class GradingPrompt
{
    public static ChatHistory Build(LlmPrompts prompts, GradingRequest request)
    {
        var history = new ChatHistory(prompts.GradingPrefix);
        history.AddUserMessage(Request(prompts, request, DataMarkers.Create()));
        return history;
    }

    private static string Request(LlmPrompts prompts, GradingRequest request, DataMarkers markers)
    {
        var language = request.Language;
        var question = request.Question;
        return prompts.GradingRequest.Render(new Dictionary<string, string>
        {
            ["language"] = language.DisplayName(),
            ["question"] = question.Text.In(language),
            ["points"] = string.Join('\n', question.ReferencePoints.Select(p => $"- {p.Id} (weight {p.Weight}): {p.Text.In(language)}")),
            ["model_answer"] = question.ModelAnswer.In(language),
            ["answer_open"] = markers.Open,
            ["answer"] = string.Join("\n\n", request.Answers),
            ["answer_close"] = markers.Close,
        });
    }
}
