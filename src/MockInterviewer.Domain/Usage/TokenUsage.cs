using System.Text.Json.Serialization;

namespace MockInterviewer.Domain.Usage;

/// <summary>Tokens a model call (or a whole session) spent, as the provider counted them.</summary>
/// <param name="CachedPromptTokens">The part of <paramref name="PromptTokens"/> the provider's prompt cache served.</param>
public sealed record TokenUsage(int PromptTokens, int CachedPromptTokens, int CompletionTokens)
{
    public static TokenUsage Zero { get; } = new(0, 0, 0);

    /// <summary>What counts against a session's allowance: cached prompt tokens are still sent, so they count.</summary>
    [JsonIgnore]
    public int Total => PromptTokens + CompletionTokens;

    public static TokenUsage operator +(TokenUsage left, TokenUsage right) => new(
        left.PromptTokens + right.PromptTokens,
        left.CachedPromptTokens + right.CachedPromptTokens,
        left.CompletionTokens + right.CompletionTokens);
}
