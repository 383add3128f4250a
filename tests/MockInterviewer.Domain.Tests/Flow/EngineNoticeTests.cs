using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tests.Support;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>The candidate is told once when the model stops answering or the allowance runs out, and once when it is back.</summary>
public sealed class EngineNoticeTests
{
    private sealed class SwitchableEngine(EngineState state) : IEngineStatus
    {
        public EngineState State { get; set; } = state;

        public EngineState StateFor(InterviewSession session) => State;
    }

    /// <summary>Unavailable for one question, then the model again: a call failed and the next one succeeded.</summary>
    private sealed class BlipEngine : IEngineStatus
    {
        public bool Down { get; set; }

        public EngineState StateFor(InterviewSession session)
        {
            var state = Down ? EngineState.ModelUnavailable : EngineState.Model;
            Down = false;
            return state;
        }
    }

    private static List<Turn> Notices(InterviewHarness harness, string id) =>
        harness.Transcript(id).Where(t => t.Kind == MessageKind.Notice).ToList();

    [Fact]
    public async Task Without_a_model_nothing_is_announced()
    {
        using var harness = new InterviewHarness(FlowBank.Value);
        var id = await harness.StartAsync(Settings());
        await harness.AnswerCurrentThoroughlyAsync(id);

        Assert.Empty(Notices(harness, id));
    }

    [Fact]
    public async Task A_model_that_goes_down_is_announced_once_before_the_next_words_and_its_return_once()
    {
        var engine = new SwitchableEngine(EngineState.Model);
        using var harness = new InterviewHarness(FlowBank.Value, engine: engine);
        var id = await harness.StartAsync(Settings());
        Assert.Empty(Notices(harness, id));

        engine.State = EngineState.ModelUnavailable;
        await harness.AnswerCurrentThoroughlyAsync(id);
        await harness.AnswerCurrentThoroughlyAsync(id);

        var reply = harness.Transcript(id).SkipWhile(t => t.Role != Role.Candidate).Skip(1).ToList();
        Assert.Equal(MessageKind.Notice, reply[0].Kind);
        Assert.Equal(Role.Interviewer, reply[0].Role);
        Assert.Null(reply[0].QuestionId);
        Assert.Single(Notices(harness, id));

        engine.State = EngineState.Model;
        await harness.AnswerCurrentThoroughlyAsync(id);

        var notices = Notices(harness, id);
        Assert.Equal(2, notices.Count);
        Assert.NotEqual(notices[0].Text, notices[1].Text);
        Assert.Equal(EngineState.Model, harness.Session(id).EngineState);
    }

    [Fact]
    public async Task A_blip_over_before_its_notice_was_said_is_never_announced_neither_the_outage_nor_the_return()
    {
        var engine = new BlipEngine();
        using var harness = new InterviewHarness(FlowBank.Value, engine: engine);
        var id = await harness.StartAsync(Settings());

        engine.Down = true;
        await harness.AnswerCurrentThoroughlyAsync(id);

        Assert.Empty(Notices(harness, id));
        Assert.Equal(EngineState.Model, harness.Session(id).EngineState);
        Assert.DoesNotContain(harness.Session(id).Pending, u => u is NoticeUtterance);
    }

    [Fact]
    public async Task A_spent_allowance_is_announced_once_and_never_followed_by_a_return()
    {
        var engine = new SwitchableEngine(EngineState.Model);
        using var harness = new InterviewHarness(FlowBank.Value, engine: engine);
        var id = await harness.StartAsync(Settings());

        engine.State = EngineState.BudgetSpent;
        await harness.AnswerCurrentThoroughlyAsync(id);
        await harness.AnswerCurrentThoroughlyAsync(id);

        Assert.Single(Notices(harness, id));
    }

    [Theory]
    [InlineData(Language.Ko)]
    [InlineData(Language.En)]
    public async Task Notices_are_said_in_the_sessions_language(Language language)
    {
        var engine = new SwitchableEngine(EngineState.ModelUnavailable);
        using var harness = new InterviewHarness(FlowBank.Value, engine: engine);
        var id = await harness.StartAsync(Settings(language: language));

        var notice = Assert.Single(Notices(harness, id));
        Assert.Equal(language == Language.Ko, notice.Text.Any(Hangul.IsSyllable));
    }
}
