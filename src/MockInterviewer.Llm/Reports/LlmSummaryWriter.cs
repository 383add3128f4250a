using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Llm.Prompts;
using MockInterviewer.Llm.Resilience;
using MockInterviewer.Llm.Telemetry;
using MockInterviewer.Llm.Usage;

namespace MockInterviewer.Llm.Reports;

/// <summary>
/// The report's summary in the model's words: second person, quoting the candidate, strongest moment first and
/// the main thing to improve last. Quotes are checked against the candidate's answers; a model that fails, or
/// leaves nothing once its quotes are checked, leaves the offline summary; so does a session whose model was
/// last seen unavailable or whose allowance is spent. A self-introduction keeps the offline summary, whose
/// timing figures must be exact.
/// </summary>
public sealed partial class LlmSummaryWriter(
    IChatCompletionService chat,
    LlmPrompts prompts,
    ILogger<LlmSummaryWriter> logger,
    ModelCalls? retry = null,
    SessionTokenBudget? budget = null) : IReportSummaryWriter
{
    private static readonly OpenAIPromptExecutionSettings Settings = new() { MaxTokens = 500 };

    public async Task<WrittenSummary> WriteAsync(InterviewSession session, Report report, CancellationToken cancellationToken)
    {
        var offline = OfflineSummaryWriter.Of(report);
        if (session.Settings.Mode == InterviewMode.SelfIntro
            || report.Questions.All(q => q.Assessment is null)
            || session.EngineState is EngineState.ModelUnavailable or EngineState.BudgetSpent
            || budget?.IsSpent(session) == true)
        {
            return offline;
        }

        string reply;
        using var call = ModelCall.Start(ModelCall.Summary, session.Id);
        try
        {
            var history = SummaryPrompt.Build(prompts, report);
            var message = await (retry ?? ModelCalls.None).Pipeline.ExecuteAsync(
                async attempt => await chat.GetChatMessageContentAsync(history, Settings, kernel: null, attempt), cancellationToken);
            budget?.Record(session.Id, message.Metadata);
            reply = message.Content ?? "";
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogModelFailed(logger, session.Id, e.GetType().Name, e);
            call.FellBack(e);
            return offline;
        }

        var summary = SummaryQuotes.KeepVerified(reply, new CandidateWords([.. session.Questions.SelectMany(q => q.Answers)]));
        return string.IsNullOrWhiteSpace(summary) ? offline : new WrittenSummary(summary, GradingEngine.Llm);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model could not write the report's summary in session {SessionId} ({Error}); the offline summary stands")]
    private static partial void LogModelFailed(ILogger logger, string sessionId, string error, Exception exception);
}
