using MockInterviewer.Domain.Usage;
using OpenAI.Chat;

namespace MockInterviewer.Llm.Usage;

/// <summary>
/// The provider's token count on a reply: the OpenAI connectors (also Azure's) put it in the metadata of a whole
/// reply and of a stream's last chunk.
/// </summary>
public static class ModelUsage
{
    private const string Key = "Usage";

    public static TokenUsage? Read(IReadOnlyDictionary<string, object?>? metadata) =>
        metadata?.GetValueOrDefault(Key) is ChatTokenUsage usage
            ? new TokenUsage(usage.InputTokenCount, usage.InputTokenDetails?.CachedTokenCount ?? 0, usage.OutputTokenCount)
            : null;
}
