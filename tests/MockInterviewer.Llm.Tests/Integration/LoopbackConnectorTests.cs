using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Grading;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Voice;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Llm.Tests.Integration;

/// <summary>Through Semantic Kernel's real OpenAI and Azure OpenAI connectors, against a loopback server of our own.</summary>
public sealed class LoopbackConnectorTests
{
    private const string Secret = "sk-loopback-7c1e9b2a";
    private const string Answer = "A decorator takes another function and returns a wrapper around it. I used one to time inference calls.";

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("azure-openai")]
    public async Task The_models_words_arrive_as_deltas_in_order_then_the_banks_question(string provider)
    {
        await using var server = new LoopbackOpenAiServer().Stream("Thanks", ", that ", "was clear.", " Next one.");
        using var host = Host(server, provider);
        var session = Session();

        var pieces = new List<string>();
        await foreach (var piece in host.Services.GetRequiredService<LlmVoice>().SpeakAsync(session, new QuestionUtterance(1, false), CancellationToken.None))
        {
            pieces.Add(piece);
        }

        Assert.Equal(["Thanks", ", that ", "was clear.", " Next one.", " " + TestPrompts.Question("ml-decorators").Text.En], pieces);
        var request = Assert.Single(server.Requests);
        Assert.EndsWith("/chat/completions", request.Path.Split('?')[0], StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(request.Body).RootElement.GetProperty("stream").GetBoolean());
    }

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("azure-openai")]
    public async Task Grading_sends_a_strict_json_schema_and_reads_the_reply(string provider)
    {
        await using var server = new LoopbackOpenAiServer().Json(Reply());
        using var host = Host(server, provider);

        var proposal = await GradeAsync(host);

        Assert.Equal(GradingEngine.Llm, proposal.Engine);
        Assert.Equal(PointStatus.Covered, Assert.Single(proposal.Points).Status);
        var format = JsonDocument.Parse(Assert.Single(server.Requests).Body).RootElement.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.True(format.GetProperty("json_schema").GetProperty("strict").GetBoolean());
    }

    [Fact]
    public async Task Bad_json_twice_through_the_connector_is_graded_offline()
    {
        await using var server = new LoopbackOpenAiServer().Json("{\"Points\": [").Json("not json at all");
        using var host = Host(server, "openai-compatible");

        var proposal = await GradeAsync(host);

        Assert.Equal(GradingEngine.Offline, proposal.Engine);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_fails_before_the_first_token_leaves_the_words_to_the_offline_phrases()
    {
        await using var server = new LoopbackOpenAiServer().Status(500).Status(500).Status(500);
        using var host = Host(server, "openai-compatible");
        var session = Session();

        var text = string.Concat(await host.Services.GetRequiredService<LlmVoice>().SpeakAsync(session, new QuestionUtterance(1, false), CancellationToken.None).ToListAsync());

        Assert.Contains(TestPrompts.Question("ml-decorators").Text.En, text, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_stream_cut_midway_surfaces_after_the_pieces_already_said()
    {
        await using var server = new LoopbackOpenAiServer().CutStream("Thanks", ", that ");
        using var host = Host(server, "openai-compatible");
        var said = new List<string>();

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var piece in host.Services.GetRequiredService<LlmVoice>().SpeakAsync(Session(), new QuestionUtterance(1, false), CancellationToken.None))
            {
                said.Add(piece);
            }
        });

        Assert.Equal("Thanks", said[0]);
        Assert.DoesNotContain(TestPrompts.Question("ml-decorators").Text.En, string.Concat(said), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_with_retry_after_is_retried_after_the_wait_it_asks_for()
    {
        await using var server = new LoopbackOpenAiServer().Status(429, retryAfterSeconds: 1).Json(Reply());
        using var host = Host(server, "openai-compatible");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var proposal = await GradeAsync(host);

        Assert.Equal(GradingEngine.Llm, proposal.Engine);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_failing_every_try_is_retried_twice_then_graded_offline()
    {
        await using var server = new LoopbackOpenAiServer().Status(500).Status(502).Status(503);
        using var host = Host(server, "openai-compatible");

        var proposal = await GradeAsync(host);

        Assert.Equal(GradingEngine.Offline, proposal.Engine);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_stream_refused_before_its_first_token_is_tried_again()
    {
        await using var server = new LoopbackOpenAiServer().Status(503, retryAfterSeconds: 0).Stream("Good.", " Next.");
        using var host = Host(server, "openai-compatible");

        var pieces = await host.Services.GetRequiredService<LlmVoice>().SpeakAsync(Session(), new QuestionUtterance(1, false), CancellationToken.None).ToListAsync();

        Assert.Equal(["Good.", " Next.", " " + TestPrompts.Question("ml-decorators").Text.En], pieces);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task The_key_goes_in_a_header_and_never_into_the_request_body()
    {
        await using var server = new LoopbackOpenAiServer().Stream("Hello.");
        using var host = Host(server, "openai-compatible");

        await host.Services.GetRequiredService<LlmVoice>().SpeakAsync(Session(), new QuestionUtterance(1, false), CancellationToken.None).ToListAsync();

        var request = Assert.Single(server.Requests);
        Assert.Contains(Secret, request.Headers, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, request.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("azure-openai")]
    public async Task The_key_is_in_no_log_line_when_the_model_fails(string provider)
    {
        await using var server = new LoopbackOpenAiServer().Status(401).Status(500).Status(500).Status(500);
        var logs = new RecordingLoggerProvider();
        using var host = Host(server, provider, logs);

        await GradeAsync(host);
        await host.Services.GetRequiredService<LlmVoice>().SpeakAsync(Session(), new QuestionUtterance(1, false), CancellationToken.None).ToListAsync();

        Assert.True(logs.Entries.Count(e => e.Error is not null) >= 2, "the failures were logged with their exceptions");
        Assert.All(logs.Entries, e => Assert.DoesNotContain(Secret, e.Message + e.Error, StringComparison.Ordinal));
    }

    private static Microsoft.Extensions.Hosting.IHost Host(LoopbackOpenAiServer server, string provider, RecordingLoggerProvider? logs = null) => LlmHost.Build(
        new Dictionary<string, string?>
        {
            ["Provider"] = provider,
            ["Endpoint"] = provider == "azure-openai" ? server.BaseUrl : server.BaseUrl + "/v1",
            ["ApiKey"] = Secret,
            ["Model"] = "loopback-model",
        },
        logs);

    private static InterviewSession Session() => VoiceSessions.Create(Language.En);

    private static Task<GradingProposal> GradeAsync(Microsoft.Extensions.Hosting.IHost host) =>
        host.Services.GetRequiredService<LlmGradingEngine>()
            .ProposeAsync(new GradingRequest(TestPrompts.Question("ml-decorators"), Answer, Language.En), CancellationToken.None);

    private static string Reply() => JsonSerializer.Serialize(new
    {
        Points = new[] { new { PointId = "what-decorator-is", Status = "covered", Quote = "takes another function and returns a wrapper around it" } },
        Misreading = (string?)null,
        FollowUpPointId = (string?)null,
        FollowUpText = (string?)null,
        OnlyKeywords = false,
        AddressedTheGrader = false,
    });
}
