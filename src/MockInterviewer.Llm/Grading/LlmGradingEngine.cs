using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Llm.Prompts;
using MockInterviewer.Llm.Resilience;
using MockInterviewer.Llm.Telemetry;
using MockInterviewer.Llm.Usage;

namespace MockInterviewer.Llm.Grading;

/// <summary>
/// Grades by the model with structured output. A reply that does not parse is asked for once more; after that,
/// or when the model cannot be reached (after <see cref="ModelCalls"/>), the offline engine proposes instead
/// (and the assessment says so), except for a drafted question, which only the model may grade: its answer is
/// left without a grade (<see cref="AnswerNotGradedException"/>, saying why).
/// </summary>
public sealed partial class LlmGradingEngine(
    IChatCompletionService chat,
    LlmPrompts prompts,
    OfflineGrader offline,
    ILogger<LlmGradingEngine> logger,
    ModelCalls? retry = null,
    SessionTokenBudget? budget = null) : IGradingEngine
{
    private const int Attempts = 2;

    private static readonly OpenAIPromptExecutionSettings Settings = new() { ResponseFormat = typeof(ModelGrading) };

    public async Task<GradingProposal> ProposeAsync(GradingRequest request, CancellationToken cancellationToken)
    {
        if (budget?.IsSpent(request) == true)
        {
            ModelCall.SkippedFor(ModelCall.Grading, "budget-spent");
            return Fallback(request, UngradedReason.BudgetSpent);
        }

        using var call = ModelCall.Start(ModelCall.Grading, request.SessionId);
        var history = GradingPrompt.Build(prompts, request);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            string? reply;
            try
            {
                var message = await (retry ?? ModelCalls.None).Pipeline.ExecuteAsync(
                    async attempt => await chat.GetChatMessageContentAsync(history, Settings, kernel: null, attempt), cancellationToken);
                budget?.Record(request.SessionId, message.Metadata);
                reply = message.Content;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogModelFailed(logger, request.Question.Id, e.GetType().Name, e);
                call.FellBack(e);
                return Fallback(request, UngradedReason.ModelUnavailable, e);
            }

            if (ModelGradingReader.Read(reply, request.Question) is { } proposal)
            {
                return proposal;
            }

            LogUnreadableReply(logger, request.Question.Id, attempt, Attempts);
        }

        call.FellBack("unreadable-reply");
        return Fallback(request, UngradedReason.UnreadableReply);
    }

    private GradingProposal Fallback(GradingRequest request, UngradedReason reason, Exception? failure = null) =>
        request.Question.Drafted ? throw new AnswerNotGradedException(reason, failure) : offline.Propose(request);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading model failed on question {QuestionId} ({Error}); graded offline")]
    private static partial void LogModelFailed(ILogger logger, string questionId, string error, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading model's reply on question {QuestionId} did not parse (attempt {Attempt} of {Attempts})")]
    private static partial void LogUnreadableReply(ILogger logger, string questionId, int attempt, int attempts);
}
