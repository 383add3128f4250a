using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Llm.Resilience;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Usage;

namespace MockInterviewer.Llm.Tests.Resilience;

public sealed class ModelHealthTests
{
    [Fact]
    public async Task The_model_is_unavailable_after_a_call_fails_all_its_tries_and_available_again_once_one_succeeds()
    {
        var model = new FaultyModel();
        model.Chat.ReplyFails(1 + FaultyModel.Quick.Retries).Replies(FaultyModel.CoveredReply);
        Assert.True(model.Available);

        var failed = await model.GradeAsync();
        var availableAfterFailure = model.Available;
        var graded = await model.GradeAsync();

        Assert.Equal(GradingEngine.Offline, failed.Engine);
        Assert.False(availableAfterFailure);
        Assert.Equal(GradingEngine.Llm, graded.Engine);
        Assert.True(model.Available);
    }

    [Fact]
    public async Task A_call_that_succeeds_on_a_retry_leaves_the_model_available()
    {
        var model = new FaultyModel();
        model.Chat.ReplyFails().Replies(FaultyModel.CoveredReply);

        var graded = await model.GradeAsync();

        Assert.Equal(GradingEngine.Llm, graded.Engine);
        Assert.True(model.Available);
    }

    [Fact]
    public async Task A_grading_call_that_hangs_is_cut_off_at_the_request_timeout_each_try_then_graded_offline()
    {
        var model = new FaultyModel();
        model.Chat.Hangs().Hangs().Hangs();

        var graded = await model.GradeAsync();

        Assert.Equal(GradingEngine.Offline, graded.Engine);
        Assert.Equal(1 + FaultyModel.Quick.Retries, model.Chat.ReplyRequests);
        Assert.False(model.Available);
    }

    [Fact]
    public async Task A_stream_broken_midway_does_not_by_itself_make_the_model_unavailable()
    {
        var model = new FaultyModel();
        model.Chat.BreaksAfter("Thanks, ");

        await model.TrySpeakAsync(FaultyModel.Session(), FaultyModel.Question);

        Assert.True(model.Available);
    }

    [Fact]
    public void With_a_model_configured_the_engine_status_is_the_models_health()
    {
        using var host = LlmHost.Build(new Dictionary<string, string?>
        {
            ["Provider"] = "openai-compatible",
            ["Endpoint"] = "http://127.0.0.1:9/v1",
            ["Model"] = "loopback-model",
        });

        // Behind the session's token budget, which says BudgetSpent only once a session has spent its allowance.
        var status = Assert.IsType<BudgetedEngineStatus>(host.Services.GetRequiredService<IEngineStatus>());
        var session = VoiceSessions.Create(Language.En);
        Assert.Equal(EngineState.Model, status.StateFor(session));
        Assert.Equal(host.Services.GetRequiredService<ModelHealth>().StateFor(session), status.StateFor(session));
    }

    [Fact]
    public void Offline_keeps_the_domains_engine_status()
    {
        using var host = LlmHost.Build(new Dictionary<string, string?> { ["Provider"] = "offline" });

        Assert.IsType<OfflineEngineStatus>(host.Services.GetRequiredService<IEngineStatus>());
    }
}
