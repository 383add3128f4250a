using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Usage;
using MockInterviewer.Llm.Grading;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Usage;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Tests.Usage;

/// <summary>Every model call made for a session is counted against it, and none is made once its allowance is spent.</summary>
public sealed class SessionTokenBudgetTests
{
    private static readonly TokenUsage Usage = ReplyUsage.Typical;
    private static readonly OfflineVoice Offline = new(TestPrompts.Library.Bank, TestPrompts.Library.Phrases);

    private readonly SessionUsageMeter _meter = new();

    [Fact]
    public async Task The_usage_on_a_streams_last_chunk_is_counted_for_the_session()
    {
        var chat = new ScriptedStream().Pieces("Thanks. ", "On to Python.").WithUsage(Usage);
        var session = VoiceSessions.Create(Language.En);

        await SpeakAsync(Voice(chat, Budget(100_000)), session, new QuestionUtterance(1, AfterSkip: false));

        Assert.Equal(Usage, _meter.Unsaved(session.Id));
    }

    [Fact]
    public async Task A_hints_usage_is_counted_too()
    {
        var chat = new ScriptedStream().Pieces("What would you want to know about a model once it is live?").WithUsage(Usage);
        var session = VoiceSessions.Create(Language.En, answered: true);

        await SpeakAsync(Voice(chat, Budget(100_000)), session, new HintUtterance(1, 1, CandidateWasStuck: false) { QuestionHintNumber = 1 });

        Assert.Equal(Usage, _meter.Unsaved(session.Id));
    }

    [Fact]
    public async Task Once_the_allowance_is_spent_the_voice_asks_no_model_and_speaks_offline()
    {
        var chat = new ScriptedStream().Pieces("never said").WithUsage(Usage);
        var session = VoiceSessions.Create(Language.En);
        session.Usage = new TokenUsage(900, 0, 50);
        _meter.Add(session.Id, new TokenUsage(40, 0, 10));
        var utterance = new QuestionUtterance(1, AfterSkip: false);

        var said = await SpeakAsync(Voice(chat, Budget(1_000)), session, utterance);

        Assert.Empty(chat.Requests);
        Assert.Equal(Offline.Compose(session, utterance), said);
    }

    [Fact]
    public async Task Grading_counts_every_reply_for_the_session_even_one_that_did_not_parse()
    {
        var chat = new ScriptedChat().Replies("not json", "still not json").WithUsage(Usage);
        var request = Request() with { SessionId = "session-g" };

        var proposal = await Grader(chat, Budget(100_000)).ProposeAsync(request, CancellationToken.None);

        Assert.Equal(GradingEngine.Offline, proposal.Engine);
        Assert.Equal(Usage + Usage, _meter.Unsaved("session-g"));
    }

    [Fact]
    public async Task Once_the_allowance_is_spent_grading_asks_no_model()
    {
        var chat = new ScriptedChat().Replies("unused").WithUsage(Usage);
        var request = Request() with { SessionId = "session-g", SessionUsage = new TokenUsage(600, 500, 400) };

        var proposal = await Grader(chat, Budget(1_000)).ProposeAsync(request, CancellationToken.None);

        Assert.Empty(chat.Requests);
        Assert.Equal(GradingEngine.Offline, proposal.Engine);
    }

    [Fact]
    public async Task An_assessment_outside_a_session_is_neither_limited_nor_counted()
    {
        var chat = new ScriptedChat().Replies("not json", "not json").WithUsage(Usage);

        await Grader(chat, Budget(1_000)).ProposeAsync(Request(), CancellationToken.None);

        Assert.Equal(2, chat.Requests.Count);
    }

    [Theory]
    [InlineData(EngineState.Model)]
    [InlineData(EngineState.ModelUnavailable)]
    public void A_session_within_its_allowance_keeps_the_models_state_and_one_past_it_has_spent_its_budget(EngineState health)
    {
        var status = new BudgetedEngineStatus(new FixedStatus(health), Budget(1_000));
        var session = VoiceSessions.Create(Language.En);

        Assert.Equal(health, status.StateFor(session));

        _meter.Add(session.Id, new TokenUsage(990, 0, 10));
        Assert.Equal(EngineState.BudgetSpent, status.StateFor(session));
    }

    private sealed class FixedStatus(EngineState state) : Domain.Ports.IEngineStatus
    {
        public EngineState StateFor(InterviewSession session) => state;
    }

    private SessionTokenBudget Budget(int max) => new(_meter, max);

    private static GradingRequest Request() => new(VoiceSessions.Decorators, VoiceSessions.Answer, Language.En);

    private static LlmVoice Voice(ScriptedStream chat, SessionTokenBudget budget) =>
        new(chat.Service, TestPrompts.Model, TestPrompts.Library.Bank, Offline, NullLogger<LlmVoice>.Instance, budget: budget);

    private static LlmGradingEngine Grader(ScriptedChat chat, SessionTokenBudget budget) =>
        new(chat.Service, TestPrompts.Model, TestPrompts.OfflineGrader, NullLogger<LlmGradingEngine>.Instance, budget: budget);

    private static async Task<string> SpeakAsync(LlmVoice voice, InterviewSession session, Utterance utterance)
    {
        var said = new System.Text.StringBuilder();
        await foreach (var piece in voice.SpeakAsync(session, utterance, CancellationToken.None))
        {
            said.Append(piece);
        }

        return said.ToString();
    }
}
