using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Llm.Prompts;

namespace MockInterviewer.Llm.Drafting;

/// <summary>The drafting request: the bank's best-fitting questions, then the posting delimited as data.</summary>
internal static class DraftingPrompt
{
    // The top of the ranking says what the bank covers; further down, the fit is too weak to count as covered.
    public const int CoveredQuestions = 8;

    public static ChatHistory Build(LlmPrompts prompts, DraftingRequest request)
    {
        var markers = DataMarkers.Create("JOB POSTING");
        var covered = request.Covered.Take(CoveredQuestions).Select(f => $"- {f.Question.Text.In(Language.En)} (matched: {string.Join(", ", f.Why)})").ToList();
        var history = new ChatHistory();
        history.AddUserMessage(prompts.DraftQuestions.Render(new Dictionary<string, string>
        {
            ["language"] = request.Language.DisplayName(),
            ["covered"] = covered.Count == 0 ? "(none)" : string.Join('\n', covered),
            ["posting_open"] = markers.Open,
            ["posting"] = request.Posting,
            ["posting_close"] = markers.Close,
        }));
        return history;
    }
}
