using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Llm.Grading;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Voice;
using MockInterviewer.Testing;

namespace MockInterviewer.Llm.Tests.Integration;

/// <summary>
/// Stalls, breaks, a server that goes away and comes back, and an opening breaker, through Semantic Kernel's real connectors.
/// Timeouts are long unless a test stalls the server on purpose, so that a loaded machine trips none by accident.
/// </summary>
public sealed class LoopbackFaultTests
{
    private static readonly Utterance Question = new QuestionUtterance(1, AfterSkip: false);

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("azure-openai")]
    public async Task A_stream_that_sends_headers_then_nothing_is_tried_again_then_left_to_the_offline_phrases(string provider)
    {
        await using var server = new LoopbackOpenAiServer { Responder = _ => LoopbackReply.Stall() };
        using var host = Host(server, provider, ("FirstTokenTimeoutSeconds", "1"));
        var session = Session();

        var text = await SpeakAsync(host, session);

        Assert.Equal(FaultyModel.OfflineWords(session, Question), text);
        Assert.Equal(2, await server.RequestCountAfterAsync(2));
        Assert.Equal(EngineState.ModelUnavailable, host.Services.GetRequiredService<IEngineStatus>().StateFor(session));
    }

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("azure-openai")]
    public async Task A_stream_that_pauses_midway_breaks_and_its_next_try_is_the_offline_phrases(string provider)
    {
        await using var server = new LoopbackOpenAiServer().Stall("Thanks", ", that ");
        using var host = Host(server, provider, ("IdleTimeoutSeconds", "0.3"));
        var session = Session();
        var voice = host.Services.GetRequiredService<LlmVoice>();
        var said = new List<string>();

        await Assert.ThrowsAsync<InterruptedStreamException>(async () =>
        {
            await foreach (var piece in voice.SpeakAsync(session, Question, CancellationToken.None))
            {
                said.Add(piece);
            }
        });
        var again = await SpeakAsync(host, session);

        Assert.Equal(["Thanks", ", that "], said);
        Assert.Equal(FaultyModel.OfflineWords(session, Question), again);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_stream_cut_midway_is_finished_by_the_offline_phrases_on_the_next_try()
    {
        await using var server = new LoopbackOpenAiServer().CutStream("Thanks", ", that ");
        using var host = Host(server, "openai-compatible");
        var session = Session();

        await Assert.ThrowsAnyAsync<Exception>(() => SpeakAsync(host, session));
        var again = await SpeakAsync(host, session);

        Assert.Equal(FaultyModel.OfflineWords(session, Question), again);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_grading_reply_that_never_comes_is_cut_off_each_try_then_graded_offline()
    {
        await using var server = new LoopbackOpenAiServer { Responder = _ => LoopbackReply.Stall() };
        using var host = Host(server, "openai-compatible", ("RequestTimeoutSeconds", "1"));

        var proposal = await GradeAsync(host);

        Assert.Equal(GradingEngine.Offline, proposal.Engine);
        Assert.Equal(2, await server.RequestCountAfterAsync(2));
    }

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("azure-openai")]
    public async Task Repeated_500s_open_the_breaker_and_later_calls_do_not_reach_the_server(string provider)
    {
        await using var server = new LoopbackOpenAiServer { Responder = _ => LoopbackReply.Status(500) };
        using var host = Host(server, provider, ("BreakerMinimumThroughput", "4"));
        var session = Session();

        // Two tries per call: the second call's second try is the fourth failure, which opens the breaker.
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(GradingEngine.Offline, (await GradeAsync(host)).Engine);
        }

        var text = await SpeakAsync(host, session);

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(FaultyModel.OfflineWords(session, Question), text);
        Assert.Equal(EngineState.ModelUnavailable, host.Services.GetRequiredService<IEngineStatus>().StateFor(session));
    }

    [Theory]
    [InlineData("openai-compatible")]
    [InlineData("azure-openai")]
    public async Task A_server_gone_leaves_the_work_to_the_offline_engine_and_once_back_the_model_answers_again(string provider)
    {
        await using var server = new LoopbackOpenAiServer { Responder = Healthy };
        using var host = Host(server, provider);
        var session = Session();
        var status = host.Services.GetRequiredService<IEngineStatus>();
        Assert.StartsWith("Good.", await SpeakAsync(host, session), StringComparison.Ordinal);

        await server.StopAsync();
        var whileGone = await SpeakAsync(host, Session());
        var stateWhileGone = status.StateFor(session);
        server.Start();
        var back = await SpeakAsync(host, Session());

        Assert.Equal(FaultyModel.OfflineWords(session, Question), whileGone);
        Assert.Equal(EngineState.ModelUnavailable, stateWhileGone);
        Assert.StartsWith("Good.", back, StringComparison.Ordinal);
        Assert.Equal(EngineState.Model, status.StateFor(session));
    }

    private static LoopbackReply Healthy(RecordedRequest request) => request.Body.Contains("\"stream\":true", StringComparison.Ordinal)
        ? LoopbackReply.Stream("Good.", " Next.")
        : LoopbackReply.Json(FaultyModel.CoveredReply);

    private static IHost Host(LoopbackOpenAiServer server, string provider, params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Provider"] = provider,
            ["Endpoint"] = provider == "azure-openai" ? server.BaseUrl : server.BaseUrl + "/v1",
            ["ApiKey"] = "sk-loopback-faults",
            ["Model"] = "loopback-model",
            ["Retries"] = "1",
            ["RetryDelaySeconds"] = "0",
            ["FirstTokenTimeoutSeconds"] = "5",
            ["IdleTimeoutSeconds"] = "5",
            ["RequestTimeoutSeconds"] = "5",
            ["BreakerMinimumThroughput"] = "1000",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return LlmHost.Build(settings);
    }

    private static InterviewSession Session() => VoiceSessions.Create(Language.En);

    private static async Task<string> SpeakAsync(IHost host, InterviewSession session) =>
        string.Concat(await host.Services.GetRequiredService<LlmVoice>().SpeakAsync(session, Question, CancellationToken.None).ToListAsync());

    private static Task<GradingProposal> GradeAsync(IHost host) =>
        host.Services.GetRequiredService<LlmGradingEngine>()
            .ProposeAsync(new GradingRequest(VoiceSessions.Decorators, VoiceSessions.Answer, Language.En), CancellationToken.None);
}
