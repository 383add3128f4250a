using MockInterviewer.Llm.Usage;

namespace MockInterviewer.Evaluation.Engines;

/// <summary>Adds up the usage the model's replies report (Semantic Kernel's <c>Metadata["Usage"]</c>), from any number of threads.</summary>
public sealed class TokenMeter
{
    private long _requests;
    private long _prompt;
    private long _cached;
    private long _completion;
    private long _unmetered;

    public void RecordReply(IReadOnlyDictionary<string, object?>? metadata)
    {
        Interlocked.Increment(ref _requests);
        if (!RecordUsage(metadata))
        {
            Interlocked.Increment(ref _unmetered);
        }
    }

    /// <summary>A streamed reply's pieces: the usage comes on the last one.</summary>
    public bool RecordUsage(IReadOnlyDictionary<string, object?>? metadata)
    {
        if (ModelUsage.Read(metadata) is not { } usage)
        {
            return false;
        }

        Interlocked.Add(ref _prompt, usage.PromptTokens);
        Interlocked.Add(ref _cached, usage.CachedPromptTokens);
        Interlocked.Add(ref _completion, usage.CompletionTokens);
        return true;
    }

    public void RecordStream(bool metered)
    {
        Interlocked.Increment(ref _requests);
        if (!metered)
        {
            Interlocked.Increment(ref _unmetered);
        }
    }

    public TokenUsage Read() => new(
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _prompt),
        Interlocked.Read(ref _cached),
        Interlocked.Read(ref _completion),
        Interlocked.Read(ref _unmetered));
}
