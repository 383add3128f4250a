using MockInterviewer.Domain.Flow;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Tests.Resilience;

/// <summary>The interviewer's stream under its first-token and idle timeouts (half a second here), and what follows a break.</summary>
public sealed class StreamTimeoutTests
{
    [Fact]
    public async Task A_stream_silent_past_the_first_token_timeout_is_tried_again_then_left_to_the_offline_phrases()
    {
        var model = new FaultyModel();
        model.Chat.StallsAfter().StallsAfter().StallsAfter();
        var session = FaultyModel.Session();

        var text = await model.SpeakAsync(session, FaultyModel.Question);

        Assert.Equal(FaultyModel.OfflineWords(session, FaultyModel.Question), text);
        Assert.Equal(1 + FaultyModel.Quick.Retries, model.Chat.StreamRequests);
        Assert.False(model.Available);
    }

    [Fact]
    public async Task A_stream_that_starts_on_a_later_try_is_said_by_the_model()
    {
        var model = new FaultyModel();
        model.Chat.StallsAfter().Streams("Thanks.", " Next one.");

        var text = await model.SpeakAsync(FaultyModel.Session(), FaultyModel.Question);

        Assert.StartsWith("Thanks. Next one. ", text, StringComparison.Ordinal);
        Assert.Equal(2, model.Chat.StreamRequests);
        Assert.True(model.Available);
    }

    [Fact]
    public async Task A_pause_past_the_idle_timeout_after_the_first_token_ends_the_stream_as_interrupted()
    {
        var model = new FaultyModel();
        model.Chat.StallsAfter("Thanks, ", "that was");

        var (said, error) = await model.TrySpeakAsync(FaultyModel.Session(), FaultyModel.Question);

        Assert.IsType<InterruptedStreamException>(error);
        Assert.Equal(["Thanks, ", "that was"], said);
        Assert.Equal(1, model.Chat.StreamRequests);
    }

    [Fact]
    public async Task The_try_after_a_stream_broke_midway_is_the_offline_phrases_and_the_next_message_the_models_again()
    {
        var model = new FaultyModel();
        model.Chat.BreaksAfter("Thanks, ", "that was");
        var session = FaultyModel.Session();
        var question = FaultyModel.Question;

        var (_, error) = await model.TrySpeakAsync(session, question);
        var again = await model.SpeakAsync(session, question);
        var next = await model.SpeakAsync(session, new QuestionUtterance(0, AfterSkip: false));

        Assert.IsType<HttpRequestException>(error);
        Assert.Equal(FaultyModel.OfflineWords(session, question), again);
        Assert.StartsWith(FaultyChat.Fine + " ", next, StringComparison.Ordinal);
        Assert.Equal(2, model.Chat.StreamRequests);
    }

    [Fact]
    public async Task A_break_in_one_session_leaves_another_sessions_same_message_to_the_model()
    {
        var model = new FaultyModel();
        model.Chat.BreaksAfter("Thanks, ");

        await model.TrySpeakAsync(FaultyModel.Session(), FaultyModel.Question);
        var other = await model.SpeakAsync(FaultyModel.Session(), FaultyModel.Question);

        Assert.StartsWith(FaultyChat.Fine, other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_slower_than_the_idle_timeout_does_not_break_the_stream()
    {
        var model = new FaultyModel();
        model.Chat.Streams("One.", " Two.");
        var said = new List<string>();

        await foreach (var piece in model.Voice.SpeakAsync(FaultyModel.Session(), FaultyModel.Question, CancellationToken.None))
        {
            said.Add(piece);
            await Task.Delay(FaultyModel.Quick.Idle * 2);
        }

        Assert.Equal(["One.", " Two.", " " + VoiceSessions.Decorators.Text.En], said);
    }

    [Fact]
    public async Task The_callers_cancellation_during_a_stall_is_not_taken_for_a_timeout_or_a_failing_model()
    {
        var model = new FaultyModel(FaultyModel.Quick with { FirstToken = TimeSpan.FromMinutes(5) });
        model.Chat.StallsAfter();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => model.SpeakAsync(FaultyModel.Session(), FaultyModel.Question, cancel.Token));

        Assert.Equal(1, model.Chat.StreamRequests);
        Assert.True(model.Available);
    }
}
