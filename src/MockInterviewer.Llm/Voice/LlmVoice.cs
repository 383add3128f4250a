using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Llm.Prompts;
using MockInterviewer.Llm.Resilience;
using MockInterviewer.Llm.Telemetry;
using MockInterviewer.Llm.Usage;

namespace MockInterviewer.Llm.Voice;

/// <summary>
/// The interviewer's words from the model, streamed as they arrive. The flow decides what to say; the model
/// only words it. When the model fails before its first token the offline phrases say it instead; a failure
/// after that (a break, a pause past the idle timeout, a stream that ends without the model saying it
/// finished) is left to the session's pipeline, which resets the message and tries again, and that try is the
/// offline phrases'.
/// </summary>
public sealed partial class LlmVoice(
    IChatCompletionService chat,
    LlmPrompts prompts,
    QuestionBank bank,
    OfflineVoice offline,
    ILogger<LlmVoice> logger,
    ModelCalls? retry = null,
    SessionTokenBudget? budget = null) : IInterviewerVoice
{
    private static readonly OpenAIPromptExecutionSettings Settings = new() { MaxTokens = 400 };

    private readonly VoicePrompt _prompts = new(prompts, bank, offline);
    private readonly ModelCalls _retry = retry ?? ModelCalls.None;
    private readonly SessionTokenBudget _budget = budget ?? SessionTokenBudget.Unlimited;
    private readonly BrokenStreams _broken = new();

    public IAsyncEnumerable<string> SpeakAsync(InterviewSession session, Utterance utterance, CancellationToken cancellationToken) =>
        (_broken.Forget(session, utterance) || SpentFor(session, utterance) ? null : _prompts.For(session, utterance)) switch
        {
            null => offline.SpeakAsync(session, utterance, cancellationToken),
            { Hint: { } target } request => CheckedHintAsync(session, utterance, request, target, cancellationToken),
            var request => StreamAsync(session, utterance, request, cancellationToken),
        };

    private bool SpentFor(InterviewSession session, Utterance utterance)
    {
        if (!_budget.IsSpent(session))
        {
            return false;
        }

        ModelCall.SkippedFor(utterance is HintUtterance ? ModelCall.Hint : ModelCall.Voice, "budget-spent");
        return true;
    }

    private async IAsyncEnumerable<string> StreamAsync(
        InterviewSession session, Utterance utterance, VoiceRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var started = false;
        var finished = false;
        using var call = ModelCall.Start(ModelCall.Voice, session.Id);
        var stream = await OpenAsync(request, utterance, call, cancellationToken);
        if (stream is not null)
        {
            await using (stream)
            {
                var more = true;
                while (more)
                {
                    finished |= HasFinished(stream.Current);
                    _budget.Record(session.Id, stream.Current.Metadata);
                    if (!string.IsNullOrEmpty(stream.Current.Content))
                    {
                        started = true;
                        yield return stream.Current.Content;
                    }

                    try
                    {
                        more = await stream.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                    {
                        if (started)
                        {
                            call.FellBack("broken-stream");
                            await BrokeMidwayAsync(session, utterance, e);
                            throw;
                        }

                        LogModelFailed(logger, utterance.Kind, e.GetType().Name, e);
                        call.FellBack(e);
                        more = false;
                    }
                }
            }
        }

        if (started && !finished)
        {
            var interrupted = new InterruptedStreamException($"The model's stream for a {utterance.Kind} ended before it finished.");
            call.FellBack("broken-stream");
            await BrokeMidwayAsync(session, utterance, interrupted);
            throw interrupted;
        }

        if (!started)
        {
            if (stream is not null)
            {
                call.FellBack("empty-reply");
            }

            await foreach (var piece in offline.SpeakAsync(session, utterance, cancellationToken))
            {
                yield return piece;
            }
        }
        else if (request.Suffix is { } suffix)
        {
            yield return suffix;
        }
    }

    // Retried until the stream's first chunk arrives, never after: a retry then would say words twice. Null when
    // the model gives nothing: the offline phrases speak.
    private async Task<IAsyncEnumerator<StreamingChatMessageContent>?> OpenAsync(
        VoiceRequest request, Utterance utterance, ModelCall call, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.OpenStreamAsync(
                token => chat.GetStreamingChatMessageContentsAsync(request.History, Settings, kernel: null, token), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogModelFailed(logger, utterance.Kind, e.GetType().Name, e);
            call.FellBack(e);
            return null;
        }
    }

    // A hint is heard whole or not at all: it is checked before a word of it goes out.
    private async IAsyncEnumerable<string> CheckedHintAsync(
        InterviewSession session, Utterance utterance, VoiceRequest request, HintTarget target, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var text = "";
        using (var call = ModelCall.Start(ModelCall.Hint, session.Id))
        {
            try
            {
                text = await _retry.Pipeline.ExecuteAsync(async attempt => await ReadWholeAsync(session.Id, request, attempt), cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogModelFailed(logger, utterance.Kind, e.GetType().Name, e);
                call.FellBack(e);
            }

            if (text.Trim().Length > 0 && HintGuard.GivesAway(text.Trim(), target))
            {
                LogHintReplaced(logger, target.Question.Id, target.Point.Id);
                call.FellBack("hint-gave-away");
                text = "";
            }
        }

        var hint = text.Trim();

        if (hint.Length > 0)
        {
            yield return hint;
            yield break;
        }

        await foreach (var piece in offline.SpeakAsync(session, utterance, cancellationToken))
        {
            yield return piece;
        }
    }

    private async Task<string> ReadWholeAsync(string sessionId, VoiceRequest request, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var finished = false;
        await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(request.History, Settings, kernel: null, cancellationToken))
        {
            text.Append(chunk.Content);
            finished |= HasFinished(chunk);
            _budget.Record(sessionId, chunk.Metadata);
        }

        return finished ? text.ToString() : throw new InterruptedStreamException("The model's stream for a hint ended before it finished.");
    }

    // The flow resets the message and tries again; that try goes to the offline phrases (see BrokenStreams).
    private async Task BrokeMidwayAsync(InterviewSession session, Utterance utterance, Exception error)
    {
        LogBrokeMidway(logger, utterance.Kind, error.GetType().Name, error);
        _broken.Remember(session, utterance);
        await _retry.ReportBrokenStreamAsync(error);
    }

    private static bool HasFinished(StreamingChatMessageContent chunk) =>
        chunk.Metadata?.TryGetValue("FinishReason", out var reason) == true && reason is not null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interviewer model failed before its first token on a {Kind} ({Error}); the offline phrases speak")]
    private static partial void LogModelFailed(ILogger logger, MessageKind kind, string error, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interviewer model's stream broke midway on a {Kind} ({Error}); the message is reset and said by the offline phrases")]
    private static partial void LogBrokeMidway(ILogger logger, MessageKind kind, string error, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Model's hint on question {QuestionId} gave point {PointId} away; the bank's hint is said instead")]
    private static partial void LogHintReplaced(ILogger logger, string questionId, string pointId);
}
