using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Llm.Prompts;
using MockInterviewer.Llm.Resilience;

namespace MockInterviewer.Llm.Drafting;

/// <summary>
/// Drafts questions for what a job posting asks and the bank lacks, by the model with structured output, checked
/// by <see cref="DraftedQuestionCheck"/>. A model that fails or answers what does not parse drafts nothing: the
/// plan of bank questions stands without drafts.
/// </summary>
public sealed partial class LlmQuestionDrafter(
    IChatCompletionService chat,
    LlmPrompts prompts,
    DraftedQuestionCheck check,
    ILogger<LlmQuestionDrafter> logger,
    ModelCalls? retry = null) : IQuestionDrafter
{
    private static readonly OpenAIPromptExecutionSettings Settings = new() { ResponseFormat = typeof(ModelDrafts) };

    public async Task<IReadOnlyList<DraftedQuestion>> DraftAsync(DraftingRequest request, CancellationToken cancellationToken)
    {
        string? reply;
        try
        {
            var history = DraftingPrompt.Build(prompts, request);
            var message = await (retry ?? ModelCalls.None).Pipeline.ExecuteAsync(
                async attempt => await chat.GetChatMessageContentAsync(history, Settings, kernel: null, attempt), cancellationToken);
            reply = message.Content;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogModelFailed(logger, e.GetType().Name, e);
            return [];
        }

        if (ModelJson.Read<ModelDrafts>(reply)?.Questions is not { } drafts)
        {
            LogUnreadableReply(logger);
            return [];
        }

        return check.Keep(drafts.Select(ToDraft));
    }

    // The schema is strict, but a server that ignores it may leave anything out: what is missing fails the check.
    private static DraftedQuestion? ToDraft(ModelDraftedQuestion? draft) => draft is null
        ? null
        : new DraftedQuestion(
            draft.Text ?? "",
            draft.Why ?? [],
            (draft.Points ?? []).Select(p => p is null ? new DraftedPoint("", 0) : new DraftedPoint(p.Text ?? "", p.Weight)).ToList());

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model could not draft questions for a job posting ({Error}); the plan has none")]
    private static partial void LogModelFailed(ILogger logger, string error, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model's drafted questions did not parse; the plan has none")]
    private static partial void LogUnreadableReply(ILogger logger);
}
