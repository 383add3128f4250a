namespace MockInterviewer.Testing;

/// <summary>One scripted answer of <see cref="LoopbackOpenAiServer"/>.</summary>
/// <param name="Pieces">The content deltas of a streamed reply; null for a JSON reply.</param>
/// <param name="Cut">Drop the connection after the pieces, without a finish reason.</param>
/// <param name="Stalls">Send the headers and the pieces, then nothing until the client gives up or the server stops.</param>
public sealed record LoopbackReply(int StatusCode, string? Content = null, string[]? Pieces = null, bool Cut = false, int? RetryAfter = null, bool Stalls = false)
{
    /// <summary>The pause before each piece of a stream after the first.</summary>
    public TimeSpan PieceEvery { get; init; }

    public static LoopbackReply Json(string content) => new(200, Content: content);

    public static LoopbackReply Stream(params string[] pieces) => new(200, Pieces: pieces);

    /// <summary>A stream that sends its pieces one every <paramref name="every"/>, as a slow model does.</summary>
    public static LoopbackReply SlowStream(TimeSpan every, params string[] pieces) => new(200, Pieces: pieces) { PieceEvery = every };

    public static LoopbackReply CutStream(params string[] pieces) => new(200, Pieces: pieces, Cut: true);

    public static LoopbackReply Stall(params string[] pieces) => new(200, Pieces: pieces, Stalls: true);

    public static LoopbackReply Status(int status, int? retryAfterSeconds = null) => new(status, RetryAfter: retryAfterSeconds);
}
