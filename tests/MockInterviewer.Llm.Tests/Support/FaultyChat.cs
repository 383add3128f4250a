using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>
/// A Moq'd chat completion service whose every request takes the next scripted behaviour (a whole stream, a
/// stream that breaks or stalls after some pieces, a reply, a failure, a hang); once the script is spent, a
/// stream says <see cref="Fine"/> and a reply is <see cref="Fine"/>.
/// </summary>
internal sealed class FaultyChat
{
    public const string Fine = "Fine.";

    private readonly Queue<Func<CancellationToken, IAsyncEnumerable<StreamingChatMessageContent>>> _streams = new();
    private readonly Queue<Func<CancellationToken, Task<string>>> _replies = new();
    private int _streamRequests;
    private int _replyRequests;

    public FaultyChat()
    {
        Mock.Setup(c => c.GetStreamingChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns((ChatHistory _, PromptExecutionSettings? _, Kernel? _, CancellationToken token) =>
            {
                Interlocked.Increment(ref _streamRequests);
                return _streams.TryDequeue(out var stream) ? stream(token) : Pieces([Fine], token);
            });
        Mock.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatHistory _, PromptExecutionSettings? _, Kernel? _, CancellationToken token) =>
            {
                Interlocked.Increment(ref _replyRequests);
                var reply = _replies.TryDequeue(out var next) ? await next(token) : Fine;
                return (IReadOnlyList<ChatMessageContent>)[new ChatMessageContent(AuthorRole.Assistant, reply)];
            });
    }

    public Mock<IChatCompletionService> Mock { get; } = new();

    public IChatCompletionService Service => Mock.Object;

    public int StreamRequests => _streamRequests;

    public int ReplyRequests => _replyRequests;

    public int Requests => StreamRequests + ReplyRequests;

    public FaultyChat Streams(params string[] pieces) => Stream(token => Pieces(pieces, token));

    /// <summary>Sends the pieces, then nothing until the request is cancelled.</summary>
    public FaultyChat StallsAfter(params string[] pieces) => Stream(token => Pieces(pieces, token, stall: true));

    /// <summary>Sends the pieces, then throws as a dropped connection does.</summary>
    public FaultyChat BreaksAfter(params string[] pieces) => Stream(token => Pieces(pieces, token, error: new HttpRequestException("connection reset")));

    public FaultyChat Replies(string reply) => Reply(_ => Task.FromResult(reply));

    /// <summary>Refuses the next streams before their first piece.</summary>
    public FaultyChat StreamFails(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Stream(token => Pieces([], token, error: new HttpRequestException("connection refused")));
        }

        return this;
    }

    public FaultyChat ReplyFails(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Reply(_ => Task.FromException<string>(new HttpRequestException("connection refused")));
        }

        return this;
    }

    /// <summary>A reply that never comes: the request waits until it is cancelled.</summary>
    public FaultyChat Hangs() => Reply(async token =>
    {
        await Task.Delay(Timeout.Infinite, token);
        return "";
    });

    private FaultyChat Stream(Func<CancellationToken, IAsyncEnumerable<StreamingChatMessageContent>> stream)
    {
        _streams.Enqueue(stream);
        return this;
    }

    private FaultyChat Reply(Func<CancellationToken, Task<string>> reply)
    {
        _replies.Enqueue(reply);
        return this;
    }

    private static async IAsyncEnumerable<StreamingChatMessageContent> Pieces(
        string[] pieces, [EnumeratorCancellation] CancellationToken token, bool stall = false, Exception? error = null)
    {
        foreach (var piece in pieces)
        {
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            yield return new StreamingChatMessageContent(AuthorRole.Assistant, piece);
        }

        if (stall)
        {
            await Task.Delay(Timeout.Infinite, token);
        }

        if (error is not null)
        {
            throw error;
        }

        yield return ScriptedStream.Finished;
    }
}
