using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Llm.Configuration;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>
/// A model in place of the configured provider's: grading replies and spoken words come from the given
/// functions of the request, streamed word by word.
/// </summary>
internal sealed class ScriptedModel(Func<ChatHistory, string> grade, Func<ChatHistory, string> speak) : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public int GradingRequests { get; private set; }

    /// <summary>A model provider configured; the model is whatever <see cref="Serve"/> puts in its place.</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["MockInterviewer:Llm:Provider"] = "openai-compatible",
        ["MockInterviewer:Llm:Endpoint"] = "http://127.0.0.1:9/v1",
        ["MockInterviewer:Llm:Model"] = "scripted",
    };

    /// <summary>The server with this model as the interviewer and the grader.</summary>
    public ServerFactory Serve() => new(
        settings: Settings,
        services: services =>
        {
            services.AddKeyedSingleton<IChatCompletionService>(ChatModelKeys.Grading, this);
            services.AddKeyedSingleton<IChatCompletionService>(ChatModelKeys.Interviewer, this);
        });

    /// <summary>A grading reply that finds one point covered, with the quote given.</summary>
    public static string Graded(string pointId, string quote) => JsonSerializer.Serialize(new
    {
        Points = new[] { new { PointId = pointId, Status = "covered", Quote = quote } },
        Misreading = (string?)null,
        FollowUpPointId = (string?)null,
        FollowUpText = (string?)null,
        OnlyKeywords = false,
        AddressedTheGrader = false,
    });

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
