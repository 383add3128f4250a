using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Usage;
using Moq;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>A Moq'd chat completion service that answers with the given replies in turn and records every request.</summary>
internal sealed class ScriptedChat
{
    private readonly Queue<Func<string>> _replies = new();
    private TokenUsage? _usage;

    public ScriptedChat()
    {
        Mock.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns((ChatHistory history, PromptExecutionSettings? settings, Kernel? _, CancellationToken _) =>
            {
                Requests.Add((history, settings));
                var reply = _replies.Count > 0 ? _replies.Dequeue()() : throw new InvalidOperationException("No reply scripted.");
                var metadata = _usage is { } usage ? ReplyUsage.Metadata(usage) : null;
                return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, reply, metadata: metadata)]);
            });
    }

    public Mock<IChatCompletionService> Mock { get; } = new();

    public IChatCompletionService Service => Mock.Object;

    public List<(ChatHistory History, PromptExecutionSettings? Settings)> Requests { get; } = [];

    public ScriptedChat Replies(params string[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(() => reply);
        }

        return this;
    }

    /// <summary>Every reply from now on carries this token count.</summary>
    public ScriptedChat WithUsage(TokenUsage usage)
    {
        _usage = usage;
        return this;
    }

    public ScriptedChat Fails(Exception error)
    {
        _replies.Enqueue(() => throw error);
        return this;
    }
}
