using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace MockInterviewer.Evaluation.Engines;

/// <summary>The grading model as the Llm layer registered it, with every reply's usage added to a <see cref="TokenMeter"/>.</summary>
internal sealed class MeteredChatCompletion(IChatCompletionService inner, TokenMeter meter) : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes => inner.Attributes;

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        var replies = await inner.GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken).ConfigureAwait(false);
        foreach (var reply in replies)
        {
            meter.RecordReply(reply.Metadata);
        }

        return replies;
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var metered = false;
        await foreach (var piece in inner.GetStreamingChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken).ConfigureAwait(false))
        {
            metered |= meter.RecordUsage(piece.Metadata);
            yield return piece;
        }

        meter.RecordStream(metered);
    }
}
