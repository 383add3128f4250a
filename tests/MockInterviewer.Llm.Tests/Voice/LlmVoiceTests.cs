using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Tests.Voice;

public sealed class LlmVoiceTests
{
    private const string Answer = VoiceSessions.Answer;

    private static readonly OfflineVoice Offline = new(TestPrompts.Library.Bank, TestPrompts.Library.Phrases);
    private static readonly Question Decorators = VoiceSessions.Decorators;

    [Fact]
    public async Task A_question_streams_the_models_lead_in_then_the_banks_question_verbatim()
    {
        var chat = new ScriptedStream().Pieces("Thanks, ", "that was clear. ", "Let's move on to Python.");
        var session = Session(Language.En);

        var pieces = await Speak(chat, session, new QuestionUtterance(1, AfterSkip: false));

        Assert.Equal(["Thanks, ", "that was clear. ", "Let's move on to Python.", " " + Decorators.Text.En], pieces);
        Assert.Contains("You are an experienced interviewer", chat.Requests[0][0].Content, StringComparison.Ordinal);
        Assert.Contains(Decorators.Text.En, chat.LastPrompt, StringComparison.Ordinal);
        Assert.Contains("Step: ask question 2 / 2.", chat.LastPrompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_models_tokens_are_handed_on_where_they_arrive_not_queued_back_to_the_sessions_lane()
    {
        var chat = new ScriptedStream().Pieces("Thanks, ", "that was ", "clear. ", "Next: ").ArrivingOnPool();
        using var scheduler = new BackgroundScheduler(1);
        var lane = scheduler.NewLane();
        var handedOnInLane = new List<bool>();

        await lane.Start(async () =>
        {
            // As InterviewerWork reads a voice: it does not ask to come back to the lane between pieces.
            await foreach (var _ in Voice(chat).SpeakAsync(Session(Language.En), new QuestionUtterance(1, AfterSkip: false), CancellationToken.None).ConfigureAwait(false))
            {
                handedOnInLane.Add(TaskScheduler.Current == lane);
            }
        }).WaitAsync(TimeSpan.FromSeconds(10));

        // The first piece comes with the opened stream; every later one on the thread its chunk arrived on
        // (LlmVoice's and WatchedStream's reads of the stream do not capture the lane).
        Assert.Equal(5, handedOnInLane.Count);
        Assert.All(handedOnInLane.Skip(1), inLane => Assert.False(inLane));
    }

    [Fact]
    public async Task Every_utterance_starts_from_the_same_prefix_long_enough_for_prompt_caching()
    {
        var chat = new ScriptedStream().Pieces("Right.");
        var session = Session(Language.En, answered: true);

        await Speak(chat, session, new QuestionUtterance(1, AfterSkip: true));
        await Speak(chat, session, new FollowUpUtterance(1, new SuggestedFollowUp(null, "timing", "How long does it take?")));
        await Speak(chat, session, new FeedbackUtterance(1));

        var prefix = chat.Requests[0][0].Content!;
        Assert.All(chat.Requests, request => Assert.Equal(prefix, request[0].Content));
        Assert.True(prefix.Length / 4 >= 1024, $"stable prefix is about {prefix.Length / 4} tokens");
    }

    [Fact]
    public async Task The_prompt_is_in_the_sessions_language()
    {
        var chat = new ScriptedStream().Pieces("좋습니다. ");

        var pieces = await Speak(chat, Session(Language.Ko), new QuestionUtterance(1, AfterSkip: false));

        Assert.Contains("Session language: Korean", chat.LastPrompt, StringComparison.Ordinal);
        Assert.Contains(Decorators.Text.Ko, chat.LastPrompt, StringComparison.Ordinal);
        Assert.Equal(" " + Decorators.Text.Ko, pieces[^1]);
    }

    [Fact]
    public async Task A_model_that_fails_before_its_first_token_leaves_the_words_to_the_offline_phrases()
    {
        var chat = new ScriptedStream().Pieces("never said").FailsAfter(0);
        var session = Session(Language.En);
        var utterance = new QuestionUtterance(1, AfterSkip: false);

        var pieces = await Speak(chat, session, utterance);

        Assert.Equal(Offline.Compose(session, utterance), string.Concat(pieces));
    }

    [Fact]
    public async Task A_stream_that_breaks_after_its_first_token_is_left_to_the_pipeline_to_say_again()
    {
        var chat = new ScriptedStream().Pieces("Thanks, ", "that was").FailsAfter(1);
        var said = new List<string>();

        await Assert.ThrowsAsync<HttpRequestException>(async () =>
        {
            await foreach (var piece in Voice(chat).SpeakAsync(Session(Language.En), new QuestionUtterance(1, false), CancellationToken.None))
            {
                said.Add(piece);
            }
        });

        Assert.Equal(["Thanks, "], said);
    }

    [Fact]
    public async Task A_stream_that_ends_without_finishing_is_not_taken_for_the_whole_message()
    {
        var chat = new ScriptedStream().Pieces("Thanks, ", "that was").Unfinished();
        var said = new List<string>();

        await Assert.ThrowsAsync<InterruptedStreamException>(async () =>
        {
            await foreach (var piece in Voice(chat).SpeakAsync(Session(Language.En), new QuestionUtterance(1, false), CancellationToken.None))
            {
                said.Add(piece);
            }
        });

        Assert.Equal(["Thanks, ", "that was"], said);
    }

    [Fact]
    public async Task A_hint_cut_short_is_replaced_by_the_banks_hint()
    {
        var chat = new ScriptedStream().Pieces("Tell me what you are").Unfinished();
        var session = Session(Language.En, answered: true);
        var hint = new HintUtterance(1, 1, CandidateWasStuck: false) { QuestionHintNumber = 1 };

        var pieces = await Speak(chat, session, hint);

        Assert.Equal(Offline.Compose(session, hint), string.Concat(pieces));
    }

    [Fact]
    public async Task A_follow_up_is_aimed_at_the_chosen_point_and_sees_the_answer_as_data()
    {
        var chat = new ScriptedStream().Pieces("You mentioned timing. ", "What else could a decorator keep track of for a model in production?");
        var session = Session(Language.En, answered: true);
        var followUp = new SuggestedFollowUp(null, "logging-predictions", "How would you watch what a model predicts?");

        var pieces = await Speak(chat, session, new FollowUpUtterance(1, followUp));

        Assert.Equal("You mentioned timing. What else could a decorator keep track of for a model in production?", string.Concat(pieces));
        var prompt = chat.LastPrompt;
        Assert.Contains(Decorators.FindPoint("logging-predictions")!.Text.En, prompt, StringComparison.Ordinal);
        Assert.Contains("How would you watch what a model predicts?", prompt, StringComparison.Ordinal);
        Assert.Matches(@"<<<CANDIDATE ANSWER [0-9A-F]+>>>\n" + System.Text.RegularExpressions.Regex.Escape(Answer) + @"\n<<<END OF CANDIDATE ANSWER [0-9A-F]+>>>", prompt);
    }

    [Fact]
    public async Task A_hint_that_nudges_is_said()
    {
        var chat = new ScriptedStream().Pieces("Tell me what you are thinking: ", "what would you want to know about a model once it is live?");

        var pieces = await Speak(chat, Session(Language.En, answered: true), new HintUtterance(1, 1, CandidateWasStuck: false) { QuestionHintNumber = 1 });

        Assert.Equal("Tell me what you are thinking: what would you want to know about a model once it is live?", string.Concat(pieces));
    }

    [Theory]
    [InlineData("Maybe lru_cache could help you memoize something?", 3)]
    [InlineData("Try a decorator that uses lru_cache to memoize results, so the same input is never recomputed.", null)]
    [InlineData("Think of a decorator that logs how many predictions were made, and their distribution.", null)]
    public async Task A_hint_that_states_a_point_is_replaced_by_the_banks_hint(string revealing, int? afterFollowUp)
    {
        var chat = new ScriptedStream().Pieces(revealing);
        var session = Session(Language.En, answered: true);
        var hint = new HintUtterance(1, 1, CandidateWasStuck: false) { QuestionHintNumber = 1, FollowUpIndex = afterFollowUp };

        var pieces = await Speak(chat, session, hint);

        Assert.Equal(Offline.Compose(session, hint), string.Concat(pieces));
    }

    [Fact]
    public async Task Feedback_quotes_the_candidates_verified_words_and_the_servers_score()
    {
        var chat = new ScriptedStream().Pieces("You scored 40. ", "You said \"A decorator wraps a function\", which is the heart of it.");
        var session = Session(Language.En, answered: true);

        var pieces = await Speak(chat, session, new FeedbackUtterance(1));

        Assert.Equal("You scored 40. You said \"A decorator wraps a function\", which is the heart of it.", string.Concat(pieces));
        var prompt = chat.LastPrompt;
        Assert.Contains("Score (computed by the server; say it as it is): 40", prompt, StringComparison.Ordinal);
        Assert.Contains("covered (weight 35)", prompt, StringComparison.Ordinal);
        Assert.Contains("quote: \"A decorator wraps a function\"", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_greeting_and_closing_keep_the_offline_phrases_and_ask_no_model()
    {
        var chat = new ScriptedStream().Pieces("unused");
        var session = Session(Language.En);

        var greeting = await Speak(chat, session, new GreetingUtterance());
        var closing = await Speak(chat, session, new ClosingUtterance(1, ClosingReason.Completed));

        Assert.Equal(Offline.Compose(session, new GreetingUtterance()), string.Concat(greeting));
        Assert.Equal(Offline.Compose(session, new ClosingUtterance(1, ClosingReason.Completed)), string.Concat(closing));
        Assert.Empty(chat.Requests);
    }

    private static LlmVoice Voice(ScriptedStream chat) =>
        new(chat.Service, TestPrompts.Model, TestPrompts.Library.Bank, Offline, NullLogger<LlmVoice>.Instance);

    private static async Task<List<string>> Speak(ScriptedStream chat, InterviewSession session, Utterance utterance)
    {
        var pieces = new List<string>();
        await foreach (var piece in Voice(chat).SpeakAsync(session, utterance, CancellationToken.None))
        {
            pieces.Add(piece);
        }

        return pieces;
    }

    private static InterviewSession Session(Language language, bool answered = false) => VoiceSessions.Create(language, answered);
}
