using Microsoft.Extensions.Time.Testing;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Resilience;
using MockInterviewer.Llm.Tests.Support;

namespace MockInterviewer.Llm.Tests.Resilience;

/// <summary>One breaker for the interviewer's and the grading calls: open, it answers offline at once; after the break a trial decides.</summary>
public sealed class CircuitBreakerTests
{
    // Half of at least four calls failing opens it for 30 s; no retries, so each call is one try.
    private static readonly ResilienceSettings Breaking = FaultyModel.Quick with
    {
        Retries = 0,
        BreakerFailureRatio = 0.5,
        BreakerMinimumThroughput = 4,
        BreakerSampling = TimeSpan.FromSeconds(30),
        BreakerBreak = TimeSpan.FromSeconds(30),
    };

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Failures_past_the_ratio_open_the_breaker_and_later_calls_go_offline_without_reaching_the_model()
    {
        var model = new FaultyModel(Breaking, _clock);
        model.Chat.ReplyFails(4);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(GradingEngine.Offline, (await model.GradeAsync()).Engine);
        }

        var graded = await model.GradeAsync();
        var said = await model.SpeakAsync(FaultyModel.Session(), FaultyModel.Question);

        Assert.Equal(GradingEngine.Offline, graded.Engine);
        Assert.Equal(FaultyModel.OfflineWords(FaultyModel.Session(), FaultyModel.Question), said);
        Assert.Equal(4, model.Chat.Requests);
        Assert.False(model.Available);
    }

    [Fact]
    public async Task The_interviewer_and_grading_calls_count_against_one_breaker()
    {
        var model = new FaultyModel(Breaking, _clock);
        model.Chat.ReplyFails(2).StreamFails(2);

        await model.GradeAsync();
        await model.GradeAsync();
        await model.SpeakAsync(FaultyModel.Session(), FaultyModel.Question);
        await model.SpeakAsync(FaultyModel.Session(), FaultyModel.Question);
        await model.GradeAsync();

        Assert.Equal(4, model.Chat.Requests);
    }

    [Fact]
    public async Task After_the_break_a_trial_call_reaches_the_model_and_its_success_closes_the_breaker()
    {
        var model = await OpenedAsync();
        model.Chat.Replies(FaultyModel.CoveredReply).Replies(FaultyModel.CoveredReply);

        _clock.Advance(Breaking.BreakerBreak);
        var trial = await model.GradeAsync();
        var next = await model.GradeAsync();

        Assert.Equal(GradingEngine.Llm, trial.Engine);
        Assert.Equal(GradingEngine.Llm, next.Engine);
        Assert.Equal(6, model.Chat.Requests);
        Assert.True(model.Available);
    }

    [Fact]
    public async Task A_trial_that_fails_opens_the_breaker_again()
    {
        var model = await OpenedAsync();
        model.Chat.ReplyFails();

        _clock.Advance(Breaking.BreakerBreak);
        await model.GradeAsync();
        var after = await model.GradeAsync();

        Assert.Equal(GradingEngine.Offline, after.Engine);
        Assert.Equal(5, model.Chat.Requests);
        Assert.False(model.Available);
    }

    [Fact]
    public async Task Streams_that_keep_breaking_midway_open_the_breaker()
    {
        var model = new FaultyModel(Breaking, _clock);
        model.Chat.BreaksAfter("Thanks, ").BreaksAfter("Right, ");

        // Each break: the try that opened the stream succeeded, the break after it failed; two of each reach four.
        await model.TrySpeakAsync(FaultyModel.Session(), FaultyModel.Question);
        await model.TrySpeakAsync(FaultyModel.Session(), FaultyModel.Question);
        var said = await model.SpeakAsync(FaultyModel.Session(), FaultyModel.Question);

        Assert.Equal(FaultyModel.OfflineWords(FaultyModel.Session(), FaultyModel.Question), said);
        Assert.Equal(2, model.Chat.Requests);
        Assert.False(model.Available);
    }

    private async Task<FaultyModel> OpenedAsync()
    {
        var model = new FaultyModel(Breaking, _clock);
        model.Chat.ReplyFails(4);
        for (var i = 0; i < 4; i++)
        {
            await model.GradeAsync();
        }

        await model.GradeAsync();
        Assert.Equal(4, model.Chat.Requests);
        return model;
    }
}
