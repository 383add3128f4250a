using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Usage;
using MockInterviewer.Llm.Reports;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Usage;

namespace MockInterviewer.Llm.Tests.Reports;

public sealed class LlmSummaryWriterTests
{
    private const string Verified = "A decorator wraps a function";

    private static readonly ReportBuilder Reports = new(TestPrompts.Library.Bank, TestPrompts.Library.Phrases, new AnswerWordCounter(TestPrompts.Library.ReportWords));

    private readonly SessionUsageMeter _meter = new();

    [Fact]
    public async Task The_prompt_gives_the_score_and_the_verified_quotes_strongest_first_in_the_sessions_language()
    {
        var chat = new ScriptedChat().Replies("You scored 20.");
        var session = Completed(Language.Ko);

        await Writer(chat).WriteAsync(session, Reports.Build(session), CancellationToken.None);

        var (history, _) = Assert.Single(chat.Requests);
        Assert.Equal(TestPrompts.Model.InterviewerPrefix, history[0].Content);
        var prompt = history[^1].Content!;
        Assert.Contains("Session language: Korean", prompt, StringComparison.Ordinal);
        Assert.Contains($"quote: \"{Verified}\"", prompt, StringComparison.Ordinal);
        Assert.Contains("Overall score (computed by the server; say it as it is): " + Reports.Build(session).OverallScore, prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(VoiceSessions.Answer, prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_quoting_the_candidate_is_kept_with_the_quote_in_the_candidates_own_text()
    {
        var chat = new ScriptedChat().Replies("You scored 20 overall. You said \"a  DECORATOR wraps a function\", which is the heart of it. Next, give an ML use case.");
        var session = Completed(Language.En);

        var summary = await Writer(chat).WriteAsync(session, Reports.Build(session), CancellationToken.None);

        Assert.Equal(GradingEngine.Llm, summary.Engine);
        Assert.Equal($"You scored 20 overall. You said \"{Verified}\", which is the heart of it. Next, give an ML use case.", summary.Text);
    }

    [Theory]
    [InlineData("\"I used decorators to cache features\"")]
    [InlineData("“I used decorators to cache features”")]
    [InlineData("'I used decorators to cache features'")]
    public async Task A_sentence_with_a_quote_the_candidate_never_said_does_not_survive(string fabricated)
    {
        var chat = new ScriptedChat().Replies($"You scored 20 overall. You told me {fabricated}, which is great. You're right that \"{Verified}\".");
        var session = Completed(Language.En);

        var summary = await Writer(chat).WriteAsync(session, Reports.Build(session), CancellationToken.None);

        Assert.Equal($"You scored 20 overall. You're right that \"{Verified}\".", summary.Text);
    }

    [Fact]
    public async Task Nothing_left_once_quotes_are_checked_leaves_the_offline_summary()
    {
        var chat = new ScriptedChat().Replies("You said \"transformers are all you need\".");
        var session = Completed(Language.En);
        var report = Reports.Build(session);

        var summary = await Writer(chat).WriteAsync(session, report, CancellationToken.None);

        Assert.Equal(OfflineSummaryWriter.Of(report), summary);
    }

    [Fact]
    public async Task A_model_that_fails_leaves_the_offline_summary()
    {
        var chat = new ScriptedChat().Fails(new HttpRequestException("connection refused"));
        var session = Completed(Language.En);
        var report = Reports.Build(session);

        Assert.Equal(OfflineSummaryWriter.Of(report), await Writer(chat).WriteAsync(session, report, CancellationToken.None));
    }

    [Fact]
    public async Task The_summarys_tokens_count_for_the_session_and_a_spent_allowance_asks_no_model()
    {
        var chat = new ScriptedChat().Replies("You scored 20 overall.").WithUsage(ReplyUsage.Typical);
        var session = Completed(Language.En);

        await Writer(chat, max: 2_000).WriteAsync(session, Reports.Build(session), CancellationToken.None);
        Assert.Equal(ReplyUsage.Typical, _meter.Unsaved(session.Id));

        _meter.Add(session.Id, ReplyUsage.Typical);
        var summary = await Writer(chat, max: 2_000).WriteAsync(session, Reports.Build(session), CancellationToken.None);
        Assert.Single(chat.Requests);
        Assert.Equal(GradingEngine.Offline, summary.Engine);
    }

    [Fact]
    public async Task A_session_whose_model_was_last_seen_unavailable_asks_no_model()
    {
        var chat = new ScriptedChat().Replies("You scored 20 overall.");
        var session = Completed(Language.En);
        session.EngineState = EngineState.ModelUnavailable;

        var summary = await Writer(chat).WriteAsync(session, Reports.Build(session), CancellationToken.None);

        Assert.Empty(chat.Requests);
        Assert.Equal(GradingEngine.Offline, summary.Engine);
    }

    [Fact]
    public async Task A_session_with_no_graded_answer_asks_no_model()
    {
        var chat = new ScriptedChat();
        var session = VoiceSessions.Create(Language.En);

        var summary = await Writer(chat).WriteAsync(session, Reports.Build(session), CancellationToken.None);

        Assert.Empty(chat.Requests);
        Assert.Equal(GradingEngine.Offline, summary.Engine);
    }

    private LlmSummaryWriter Writer(ScriptedChat chat, int max = 100_000) =>
        new(chat.Service, TestPrompts.Model, NullLogger<LlmSummaryWriter>.Instance, budget: new SessionTokenBudget(_meter, max));

    private static InterviewSession Completed(Language language)
    {
        var session = VoiceSessions.Create(language, answered: true);
        session.Status = SessionStatus.Completed;
        return session;
    }
}
