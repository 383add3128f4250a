using MockInterviewer.Domain.Usage;
using OpenAI.Chat;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>A reply's metadata carrying the provider's token count, as the OpenAI connectors report it.</summary>
internal static class ReplyUsage
{
    public static readonly TokenUsage Typical = new(1500, 1024, 40);

    public static Dictionary<string, object?> Metadata(TokenUsage usage) => new()
    {
        ["Usage"] = OpenAIChatModelFactory.ChatTokenUsage(
            outputTokenCount: usage.CompletionTokens,
            inputTokenCount: usage.PromptTokens,
            totalTokenCount: usage.Total,
            outputTokenDetails: null,
            inputTokenDetails: OpenAIChatModelFactory.ChatInputTokenUsageDetails(audioTokenCount: 0, cachedTokenCount: usage.CachedPromptTokens)),
    };
}
