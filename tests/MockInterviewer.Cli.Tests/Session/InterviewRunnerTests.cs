using MockInterviewer.Cli.Session;
using MockInterviewer.Cli.Tests.Support;
using MockInterviewer.Cli.Texts;
using MockInterviewer.Testing;

namespace MockInterviewer.Cli.Tests.Session;

public sealed class InterviewRunnerTests(CliServerFactory factory) : IClassFixture<CliServerFactory>
{
    private const string Answer = "Overfitting is when a model learns the noise of its training data,";
    private static readonly string[] Answers =
        [Answer, "so it does well on training data but badly on new data.", "", "Regularization and more data help against it.", "", "Cross-validation tells us.", "", "I would compare training and validation loss.", ""];

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_whole_offline_interview_with_scripted_answers_reaches_the_report()
    {
        var (runner, screen, exitCode) = await RunAsync(Settings("en"), new ScriptedInput(Answers));

        Assert.Equal(0, exitCode);
        var report = Assert.IsType<Contracts.Sessions.ReportDto>(screen.ShownReport);
        Assert.Equal(runner.Session!.SessionId, report.SessionId);
        Assert.Equal(2, report.Questions.Count);
        Assert.Contains(report.Questions[0].Answers, a => a.StartsWith(Answer + "\n", StringComparison.Ordinal));
        await AssertEveryMessageShownOnceAsync(runner, screen);
    }

    [Fact]
    public async Task With_feedback_after_each_every_feedback_message_follows_its_assessment()
    {
        var (runner, screen, exitCode) = await RunAsync(Settings("en"), new ScriptedInput(Answers));

        Assert.Equal(0, exitCode);
        var feedback = FeedbackMessages(screen);
        Assert.NotEmpty(feedback);
        var lines = screen.Lines.ToList();
        Assert.All(feedback, messageId =>
        {
            var begin = lines.FindIndex(l => l.What == "begin" && l.MessageId == messageId);
            Assert.Equal("assessment", lines[begin - 1].What);
        });
        Assert.Equal(feedback.Count, screen.Of("assessment").Count());
        await AssertEveryMessageShownOnceAsync(runner, screen);
    }

    [Fact]
    public async Task With_feedback_at_the_end_no_assessment_is_shown_before_the_report()
    {
        var (_, screen, exitCode) = await RunAsync(Settings("en") with { Feedback = "at-end" }, new ScriptedInput(Answers));

        Assert.Equal(0, exitCode);
        Assert.Empty(screen.Of("assessment"));
        Assert.Contains(screen.ShownReport!.Questions, q => q.Assessment is not null);
    }

    [Fact]
    public async Task A_self_introduction_is_revised_after_its_feedback_and_each_version_is_assessed()
    {
        var first = "Hello, I am Minji Kim. I built a recommendation model for a campus bookstore.";
        var second = "Hello, I am Minji Kim, a junior ML engineer. I built a recommendation model for the campus bookstore and click-through rose 12 percent; I want to bring that habit of measuring impact to your team.";
        var settings = Settings("en") with { Mode = "self-intro", Track = null, Questions = null };

        var (runner, screen, exitCode) = await RunAsync(settings, new ScriptedInput(first, "", second, "", "/end"));

        Assert.Equal(0, exitCode);
        Assert.Equal(Labels.For("en").Text("intro.self-intro"), screen.Of("status").First().Text);
        Assert.Equal(2, screen.Of("assessment").Count());
        var attempts = Assert.Single(screen.ShownReport!.Questions).Attempts;
        Assert.Equal([first, second], attempts.Select(a => a.Answer.Trim()));
        await AssertEveryMessageShownOnceAsync(runner, screen);
    }

    [Fact]
    public async Task Hint_and_skip_reach_the_server_and_the_report_counts_the_skip()
    {
        var (runner, screen, exitCode) = await RunAsync(Settings("en"), new ScriptedInput("/hint", "/skip", "/end"));

        Assert.Equal(0, exitCode);
        Assert.Contains(screen.Of("end"), l => l.Text == "hint");
        var report = Assert.IsType<Contracts.Sessions.ReportDto>(screen.ShownReport);
        Assert.True(report.Questions[0].Skipped);
        Assert.Equal(1, report.Questions[0].HintsUsed);
        await AssertEveryMessageShownOnceAsync(runner, screen);
    }

    [Fact]
    public async Task A_dropped_connection_rejoins_and_shows_what_was_missed_without_repeating_anything()
    {
        var connector = new InMemoryConnector(factory);
        connector.DropFirstConnectionAtDelta(2);

        var (runner, screen, exitCode) = await RunAsync(Settings("en"), new ScriptedInput(Answers), connector);

        Assert.Equal(0, exitCode);
        Assert.True(connector.Created.Count >= 2, "the client should have connected again");
        Assert.Contains(screen.Of("status"), l => l.Text == Labels.For("en").Text("reconnected"));
        Assert.NotNull(screen.ShownReport);
        await AssertEveryMessageShownOnceAsync(runner, screen);
        Assert.Equal(FeedbackMessages(screen).Count, screen.Of("assessment").Count());
    }

    [Fact]
    public async Task An_answer_the_server_could_not_store_is_sent_again_by_itself_with_word_to_the_candidate_and_stored_once()
    {
        var settings = Settings("ko") with { SaveRetryDelays = [TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)] };
        var waiting = Labels.For("ko").Text("saving-retry", ("seconds", 0.3));
        var screen = new RecordingScreen();
        DatabaseLock? locked = null;

        // The database is locked as the first answer is typed, and let go once the candidate is told it is sent again.
        var input = new ScriptedInput(Answers) { BeforeLine = read => locked ??= read == 0 ? DatabaseLock.Hold(factory.DatabasePath) : null };
        var unlocking = Task.Run(async () =>
        {
            while (!screen.Of("status").Any(l => l.Text == waiting))
            {
                await Task.Delay(20);
            }

            locked!.Dispose();
        });
        await using var runner = new InterviewRunner(settings, new InMemoryConnector(factory), input, screen);

        var exitCode = await runner.RunAsync(CancellationToken.None).WaitAsync(Patience);
        await unlocking.WaitAsync(Patience);

        Assert.Equal(0, exitCode);
        Assert.Empty(screen.Of("refused"));
        Assert.Contains(screen.Of("status"), l => l.Text == waiting);
        var stored = await StoredTranscript.ReadAsync(factory, runner.Session!);
        Assert.Single(stored.Transcript, e => e.Role == "candidate" && e.Text.StartsWith(Answer + "\n", StringComparison.Ordinal));
        await AssertEveryMessageShownOnceAsync(runner, screen);
    }

    [Fact]
    public async Task A_refused_start_is_one_line_in_the_chosen_language()
    {
        var (_, screen, exitCode) = await RunAsync(Settings("ko") with { Track = "no-such-track" }, new ScriptedInput());

        Assert.Equal(1, exitCode);
        var refusal = Assert.Single(screen.Of("refused"));
        Assert.Equal(Labels.For("ko").Text("error.unknown-track"), refusal.Text);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_naming_its_address()
    {
        var settings = Settings("en") with { Server = new Uri("http://127.0.0.1:9") };
        var screen = new RecordingScreen();
        await using var runner = new InterviewRunner(settings, new ServerConnector(settings.Server), new ScriptedInput(), screen);

        var exitCode = await runner.RunAsync(CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(1, exitCode);
        Assert.Equal(Labels.For("en").Text("error.unreachable", ("server", settings.Server)), Assert.Single(screen.Of("refused")).Text);
    }

    private async Task<(InterviewRunner Runner, RecordingScreen Screen, int ExitCode)> RunAsync(CliSettings settings, ScriptedInput input, InMemoryConnector? connector = null)
    {
        var screen = new RecordingScreen();
        var runner = new InterviewRunner(settings, connector ?? new InMemoryConnector(factory), input, screen);
        var exitCode = await runner.RunAsync(CancellationToken.None).WaitAsync(Patience);
        await runner.DisposeAsync();
        return (runner, screen, exitCode);
    }

    /// <summary>Every interviewer message the server stored reached the screen whole, once, and never restarted.</summary>
    private async Task AssertEveryMessageShownOnceAsync(InterviewRunner runner, RecordingScreen screen)
    {
        var stored = await StoredTranscript.ReadAsync(factory, runner.Session!);
        var said = stored.Transcript.Where(e => e.Role == "interviewer").ToList();
        Assert.NotEmpty(said);
        Assert.All(said, e => Assert.Equal(e.Text, screen.TextOf(e.MessageId)));
        Assert.All(said, e => Assert.Single(screen.Of("end"), l => l.MessageId == e.MessageId));
        Assert.Empty(screen.Of("restarted"));
    }

    private static List<string?> FeedbackMessages(RecordingScreen screen) =>
        screen.Of("end").Where(l => l.Text == "feedback").Select(l => l.MessageId).ToList();

    private static CliSettings Settings(string language) =>
        new(new Uri("http://localhost"), "interview", "ml-junior", language, 2, null, "after-each", [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)], TimeSpan.FromSeconds(5));
}
