namespace MockInterviewer.Evaluation.Engines;

/// <param name="Requests">Replies the model gave (a reply that did not parse counts: its tokens were spent too).</param>
/// <param name="Unmetered">Replies that carried no usage, so the token figures undercount by them.</param>
public sealed record TokenUsage(long Requests, long PromptTokens, long CachedPromptTokens, long CompletionTokens, long Unmetered)
{
    public static TokenUsage None { get; } = new(0, 0, 0, 0, 0);

    public TokenUsage Since(TokenUsage earlier) => new(
        Requests - earlier.Requests,
        PromptTokens - earlier.PromptTokens,
        CachedPromptTokens - earlier.CachedPromptTokens,
        CompletionTokens - earlier.CompletionTokens,
        Unmetered - earlier.Unmetered);
}
