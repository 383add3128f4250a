using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Tests.Voice;

/// <summary>The model's words about a question drafted for the session, found through the session rather than the bank.</summary>
public sealed class DraftedVoiceTests
{
    private static readonly Question Kafka = new DraftedQuestion("How do consumers in a Kafka consumer group share the partitions?", ["Kafka"],
    [
        new DraftedPoint("Each partition is read by one consumer of the group", 3),
        new DraftedPoint("A rebalance moves partitions when consumers join or leave", 2),
    ]).AsQuestion(1, "ml-junior");

    private static InterviewSession Session(bool draftFirst)
    {
        var session = new InterviewSession
        {
            Id = "session-drafted",
            Settings = new InterviewSettings(InterviewMode.Interview, "ml-junior", Language.En, 2, null, FeedbackTiming.AfterEach),
            StartedAt = DateTimeOffset.UnixEpoch,
            Questions = draftFirst
                ? [new QuestionProgress { QuestionId = Kafka.Id }, new QuestionProgress { QuestionId = "ml-generators" }]
                : [new QuestionProgress { QuestionId = "ml-generators" }, new QuestionProgress { QuestionId = Kafka.Id }],
            DraftedQuestions = [Kafka],
        };
        InterviewStateMachine.Begin(session);
        return session;
    }

    private static async Task<string> SpeakAsync(ScriptedStream chat, InterviewSession session, Utterance utterance)
    {
        var voice = new LlmVoice(chat.Service, TestPrompts.Model, TestPrompts.Library.Bank,
            new OfflineVoice(TestPrompts.Library.Bank, TestPrompts.Library.Phrases), NullLogger<LlmVoice>.Instance);
        var pieces = new List<string>();
        await foreach (var piece in voice.SpeakAsync(session, utterance, CancellationToken.None))
        {
            pieces.Add(piece);
        }

        return string.Concat(pieces);
    }

    [Fact]
    public async Task A_drafted_question_is_led_into_by_the_model_and_asked_verbatim()
    {
        var chat = new ScriptedStream().Pieces("Next, ", "something from the posting.");

        var said = await SpeakAsync(chat, Session(draftFirst: false), new QuestionUtterance(1, AfterSkip: false));

        Assert.Equal("Next, something from the posting. " + Kafka.Text.En, said);
        Assert.Contains(Kafka.Text.En, chat.LastPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hint_on_a_drafted_question_aims_at_its_heaviest_open_point()
    {
        var chat = new ScriptedStream().Pieces("Think about who reads each partition.");

        await SpeakAsync(chat, Session(draftFirst: false), new HintUtterance(1, 1, CandidateWasStuck: false));

        Assert.Contains(Kafka.ReferencePoints[0].Text.En, chat.LastPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_drafted_question_is_named_as_drafted_and_as_not_graded()
    {
        var session = Session(draftFirst: true);
        session.Questions[0].Answers.Add("Partitions are split among the group.");
        session.Questions[0].NotGraded = UngradedReason.ModelUnavailable;

        var brief = EarlierQuestions.Describe(session, 1, TestPrompts.Library.Bank);

        Assert.Contains("drafted for the job posting", brief, StringComparison.Ordinal);
        Assert.Contains(EarlierQuestions.Topic(Kafka.Text.En), brief, StringComparison.Ordinal);
        Assert.Contains("not graded", brief, StringComparison.Ordinal);
    }
}
