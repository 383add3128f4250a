using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>
/// A model in place of the configured provider's: grading replies and spoken words come from the given
/// functions of the request, streamed word by word.
/// </summary>
internal sealed class ScriptedModel(Func<ChatHistory, string> grade, Func<ChatHistory, string> speak) : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public int GradingRequests { get; private set; }

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        GradingRequests++;
        return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, grade(chatHistory))]);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var word in speak(chatHistory).Split(' ').Select((w, i) => i == 0 ? w : " " + w))
        {
            await Task.Yield();
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, word);
        }

        yield return new StreamingChatMessageContent(AuthorRole.Assistant, content: null, metadata: new Dictionary<string, object?> { ["FinishReason"] = "Stop" });
    }
}
