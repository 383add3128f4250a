using MockInterviewer.Cli.Tests.Support;
using MockInterviewer.Cli.Transcript;
using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Cli.Tests.Transcript;

public sealed class TranscriptViewTests
{
    private const string Session = "s1";
    private readonly RecordingScreen _screen = new();
    private readonly TranscriptView _view;

    public TranscriptViewTests() => _view = new TranscriptView(_screen);

    [Fact]
    public void A_reset_forgets_the_pieces_shown_and_says_the_message_starts_again()
    {
        _view.Delta(Delta("m1", "The model "));
        _view.Delta(Delta("m1", "is unava"));
        _view.Reset(new MessageResetEvent(Session, "m1"));
        _view.Delta(Delta("m1", "Tell me "));
        _view.Delta(Delta("m1", "about overfitting."));
        _view.Completed(Completed("m1", "Tell me about overfitting."));

        Assert.Equal("Tell me about overfitting.", _view.ShownText("m1"));
        var afterRestart = _screen.Lines.SkipWhile(l => l.What != "restarted").Skip(1).Where(l => l.What == "text");
        Assert.Equal("Tell me about overfitting.", string.Concat(afterRestart.Select(l => l.Text)));
        Assert.Single(_screen.Of("restarted"));
    }

    [Fact]
    public void A_reset_before_any_piece_shows_nothing()
    {
        _view.Reset(new MessageResetEvent(Session, "m1"));
        _view.Delta(Delta("m1", "Hello."));
        _view.Completed(Completed("m1", "Hello."));

        Assert.Empty(_screen.Of("restarted"));
        Assert.Equal("Hello.", _screen.TextOf("m1"));
    }

    [Fact]
    public void The_completed_text_adds_nothing_to_a_message_streamed_whole()
    {
        _view.Delta(Delta("m1", "Hello, "));
        _view.Delta(Delta("m1", "welcome."));
        _view.Completed(Completed("m1", "Hello, welcome."));
        _view.Completed(Completed("m1", "Hello, welcome."));
        _view.Delta(Delta("m1", "welcome."));

        Assert.Equal("Hello, welcome.", _screen.TextOf("m1"));
        Assert.Single(_screen.Of("end"));
    }

    [Fact]
    public void After_a_drop_the_completed_text_fills_in_only_the_lost_pieces()
    {
        _view.Delta(Delta("m1", "Tell me "));
        _view.ConnectionLost();
        _view.Delta(Delta("m1", "overfitting."));
        _view.Completed(Completed("m1", "Tell me about overfitting."));

        Assert.Equal(["Tell me ", "about overfitting."], _screen.Of("text").Select(l => l.Text));
        Assert.Empty(_screen.Of("restarted"));
    }

    [Fact]
    public void A_message_first_heard_mid_stream_after_a_drop_waits_for_its_whole_text()
    {
        _view.ConnectionLost();
        _view.Delta(Delta("m2", "rfitting."));
        _view.Completed(Completed("m2", "Tell me about overfitting."));
        _view.Delta(Delta("m3", "Next "));

        Assert.Equal(["Tell me about overfitting.", "Next "], _screen.Of("text").Select(l => l.Text));
    }

    [Fact]
    public void A_rejoined_transcript_shows_only_what_was_missed()
    {
        _view.Delta(Delta("m1", "Hello."));
        _view.Completed(Completed("m1", "Hello."));
        _view.Delta(Delta("m2", "Tell me "));
        _view.ConnectionLost();

        _view.Rejoined(Joined(
            Entry("m1", "Hello.", "greeting"),
            Entry("m2", "Tell me about overfitting.", "question"),
            new TranscriptEntry("candidate", "answer", "It is...", "q1", DateTimeOffset.UnixEpoch, "a1", 0),
            Entry("m3", "Good. Next one.", "feedback")));

        Assert.Equal(["Hello.", "Tell me ", "about overfitting.", "Good. Next one."], _screen.Of("text").Select(l => l.Text));
        Assert.DoesNotContain(_screen.Of("text"), l => l.MessageId == "a1");
        Assert.Equal(3, _screen.Of("end").Count());
    }

    [Fact]
    public void A_rejoin_shows_the_assessments_missed_each_before_its_feedback_message_and_none_shown_before()
    {
        _view.Completed(Completed("m1", "Tell me about overfitting."));
        _view.Assessed(Assessment("q1", 40));
        _view.Completed(Completed("m2", "Thanks. Next: what is dropout?"));
        _view.ConnectionLost();

        _view.Rejoined(Joined(
            Entry("m1", "Tell me about overfitting.", "question"),
            Entry("m2", "Thanks. Next: what is dropout?", "feedback"),
            Entry("m3", "Good. One more: what is batch norm?", "feedback") with { QuestionId = "q2" }) with
        {
            Assessments = [new("q1", "m2", Assessment("q1", 40)), new("q2", "m3", Assessment("q2", 75))],
        });

        Assert.Equal(["q1", "q2"], _screen.Of("assessment").Select(l => l.Text));
        var lines = _screen.Lines.ToList();
        Assert.Equal("assessment", lines[lines.FindIndex(l => l.What == "begin" && l.MessageId == "m3") - 1].What);
    }

    [Fact]
    public void A_question_a_model_drafted_is_marked_as_drafted_live_and_after_a_rejoin()
    {
        _view.Completed(Completed("m1", "Tell me about overfitting."));
        _view.Completed(Completed("m2", "How would you serve this model?") with { Drafted = true });
        _view.Rejoined(Joined(
            Entry("m1", "Tell me about overfitting.", "question"),
            Entry("m2", "How would you serve this model?", "question") with { Drafted = true },
            Entry("m3", "What would you log first?", "question") with { Drafted = true }));

        Assert.Equal([("m1", false), ("m2", true), ("m3", true)], _screen.Of("end").Select(l => (l.MessageId, l.Drafted)));
    }

    private static AssessmentDto Assessment(string questionId, int score) =>
        new(questionId, score, [new AssessedPointDto("p1", "The point", score > 50 ? "covered" : "missing", null)], [], [], null, "offline");

    private static MessageDeltaEvent Delta(string messageId, string text) => new(Session, messageId, text);

    private static MessageCompletedEvent Completed(string messageId, string text) => new(Session, messageId, "question", text, "q1", 0, 2);

    private static TranscriptEntry Entry(string messageId, string text, string kind) => new("interviewer", kind, text, "q1", DateTimeOffset.UnixEpoch, messageId, 0);

    private static JoinSessionResult Joined(params TranscriptEntry[] transcript) =>
        new(Session, "active", "q1", transcript, "interview", "ml-junior", "en", "after-each", 0, 2, DateTimeOffset.UnixEpoch, null, []);
}
