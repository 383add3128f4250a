using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Usage;
using Moq;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>A Moq'd chat completion service that streams the given pieces, optionally failing after some of them, and records each request.</summary>
internal sealed class ScriptedStream
{
    private Func<ChatHistory, string[]> _pieces = _ => [];
    private int? _failAfter;
    private bool _unfinished;
    private bool _arrivingOnPool;
    private TokenUsage? _usage;

    // The last chunk of a finished stream, as the OpenAI connector reports it.
    public static StreamingChatMessageContent Finished => new(AuthorRole.Assistant, content: null, metadata: new Dictionary<string, object?> { ["FinishReason"] = "Stop" });

    public ScriptedStream()
    {
        Mock.Setup(c => c.GetStreamingChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns((ChatHistory history, PromptExecutionSettings? _, Kernel? _, CancellationToken token) =>
            {
                Requests.Add(history);
                return Stream(_pieces(history), token);
            });
    }

    public Mock<IChatCompletionService> Mock { get; } = new();

    public IChatCompletionService Service => Mock.Object;

    public List<ChatHistory> Requests { get; } = [];

    public string LastPrompt => Requests[^1][^1].Content!;

    public ScriptedStream Pieces(params string[] pieces)
    {
        _pieces = _ => pieces;
        return this;
    }

    /// <summary>Replies to each request with the pieces <paramref name="reply"/> gives for it.</summary>
    public ScriptedStream Pieces(Func<ChatHistory, string[]> reply)
    {
        _pieces = reply;
        return this;
    }

    /// <summary>The stream ends with a chunk that carries this token count, as the OpenAI connector's does.</summary>
    public ScriptedStream WithUsage(TokenUsage usage)
    {
        _usage = usage;
        return this;
    }

    /// <summary>Ends the stream quietly without the model's finish reason, as a cut some clients do not notice.</summary>
    public ScriptedStream Unfinished()
    {
        _unfinished = true;
        return this;
    }

    /// <summary>
    /// Each chunk arrives on a thread of the pool, as the OpenAI client's do (its awaits do not come back to the
    /// reader's scheduler); by default a chunk resumes wherever its reader asked.
    /// </summary>
    public ScriptedStream ArrivingOnPool()
    {
        _arrivingOnPool = true;
        return this;
    }

    /// <summary>Throws, as a broken connection does, once <paramref name="count"/> pieces have gone out.</summary>
    public ScriptedStream FailsAfter(int count)
    {
        _failAfter = count;
        return this;
    }

    private async IAsyncEnumerable<StreamingChatMessageContent> Stream(string[] pieces, [EnumeratorCancellation] CancellationToken token)
    {
        for (var i = 0; i <= pieces.Length; i++)
        {
            if (_arrivingOnPool)
            {
                await Task.Delay(1, token).ConfigureAwait(false);
            }
            else
            {
                await Task.Yield();
            }

            token.ThrowIfCancellationRequested();
            if (_failAfter == i)
            {
                throw new HttpRequestException("connection reset");
            }

            if (i < pieces.Length)
            {
                yield return new StreamingChatMessageContent(AuthorRole.Assistant, pieces[i]);
            }
        }

        if (!_unfinished)
        {
            yield return Finished;
            if (_usage is { } usage)
            {
                yield return new StreamingChatMessageContent(AuthorRole.Assistant, content: null, metadata: ReplyUsage.Metadata(usage));
            }
        }
    }
}
