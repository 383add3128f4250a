using MockInterviewer.Cli.Terminal;
using MockInterviewer.Cli.Texts;
using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Contracts.Sessions;
using Spectre.Console;

namespace MockInterviewer.Cli.Tests.Terminal;

public sealed class SpectreScreenTests : IDisposable
{
    private readonly StringWriter _output = new();

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void A_drafted_question_carries_the_drafted_mark_and_a_bank_question_does_not(string language)
    {
        var (labels, screen) = ScreenIn(language);

        screen.EndInterviewerMessage("m1", "question", 0, 3, drafted: false);
        var bank = Shown();
        screen.EndInterviewerMessage("m2", "question", 1, 3, drafted: true);
        var drafted = Shown()[bank.Length..];

        Assert.DoesNotContain(labels.Text("drafted"), bank, StringComparison.Ordinal);
        var progress = labels.Text("progress", ("index", 2), ("total", 3));
        Assert.Contains($"{labels.Text("kind.question")} · {progress} · {labels.Text("drafted")}", drafted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void An_assessment_shows_its_score_and_each_point_with_the_candidates_words(string language)
    {
        var (labels, screen) = ScreenIn(language);

        screen.Assessment(new AssessmentDto("q1", 60,
            [new("p1", "Training loss falls while validation loss rises", "covered", "validation loss goes up"), new("p2", "Regularization", "missing", null)],
            [], [], null, "offline"));

        var shown = Shown();
        Assert.Contains(labels.Text("score", ("score", 60)), shown, StringComparison.Ordinal);
        Assert.Contains($"✓ {labels.Text("point.covered")} · Training loss falls while validation loss rises", shown, StringComparison.Ordinal);
        Assert.Contains("“validation loss goes up”", shown, StringComparison.Ordinal);
        Assert.Contains($"○ {labels.Text("point.missing")} · Regularization", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void The_report_quotes_the_strongest_moments_gives_advice_on_the_gaps_and_ends_with_each_question(string language)
    {
        var (labels, screen) = ScreenIn(language);
        var covered = new ReportPointDto("q1", "p1", "Training loss falls while validation loss rises", 50, "covered", "validation loss goes up", null);
        var missed = new ReportPointDto("q1", "p2", "Regularization", 50, "missing", null, "Name L2 or dropout.");
        var answered = Question("q1", "What is overfitting?", "answered", 50) with { Points = [covered, missed], ModelAnswer = "A model that memorizes noise." };
        var unasked = Question("q2", "What is dropout?", "unasked", score: null);

        screen.Report(Report([answered, unasked], highlights: [covered], gaps: [missed]));

        var shown = Shown();
        Assert.Contains($"{labels.Text("report.overall")}: {labels.Text("score", ("score", 50))}", shown, StringComparison.Ordinal);
        Assert.Contains($"{labels.Text("report.questionN", ("n", 1))} · Training loss", shown, StringComparison.Ordinal);
        Assert.Contains("Name L2 or dropout.", shown, StringComparison.Ordinal);
        Assert.Contains($"{labels.Text("report.modelAnswer")}: A model that memorizes noise.", shown, StringComparison.Ordinal);
        var details = shown[shown.IndexOf(labels.Text("report.details"), StringComparison.Ordinal)..];
        Assert.Contains("1. What is overfitting?", details, StringComparison.Ordinal);
        Assert.DoesNotContain("2. What is dropout?", details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void A_report_with_nothing_graded_shows_no_score_and_does_not_say_every_point_was_covered(string language)
    {
        var (labels, screen) = ScreenIn(language);

        screen.Report(Report([Question("q1", "What is overfitting?", "skipped", score: null)], highlights: [], gaps: []));

        var shown = Shown();
        Assert.Contains($"{labels.Text("report.overall")}: —", shown, StringComparison.Ordinal);
        Assert.Contains(labels.Text("report.noHighlights"), shown, StringComparison.Ordinal);
        Assert.Contains(labels.Text("report.nothingGraded"), shown, StringComparison.Ordinal);
        Assert.DoesNotContain(labels.Text("report.noGaps"), shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public void A_self_introductions_report_shows_each_attempt_against_the_one_minute_target_and_the_fillers(string language)
    {
        var (labels, screen) = ScreenIn(language);
        var intro = Question("self-intro", "Introduce yourself.", "answered", 80) with { Attempts = [new("First.", 50, 30, "too-short"), new("Second.", 80, 58, "good")] };
        var words = new WordsDto([], [new("um", 3)], 300, 44, 60, [],
            [new(1, 200, 30, 60, [new("um", 2)], [], "too-short"), new(2, 400, 58, 60, [new("um", 1)], [], "good")], "too-short");

        screen.Report(Report([intro], highlights: [], gaps: []) with { Mode = "self-intro", Words = words });

        var shown = Shown();
        Assert.Contains($"{labels.Text("report.words.fillers")}: um ×3", shown, StringComparison.Ordinal);
        Assert.Contains($"{labels.Text("report.attemptN", ("n", 1))}: {labels.Text("score", ("score", 50))} · {labels.Text("report.habits.ofTarget", ("s", 30), ("target", 60))} · {labels.Text("report.length.too-short")}", shown, StringComparison.Ordinal);
        Assert.Contains($"{labels.Text("report.attemptN", ("n", 2))}: {labels.Text("score", ("score", 80))} · {labels.Text("report.habits.ofTarget", ("s", 58), ("target", 60))} · {labels.Text("report.length.good")}", shown, StringComparison.Ordinal);
    }

    private static ReportQuestionDto Question(string id, string text, string status, int? score) =>
        new(id, text, [], score is { } s ? new AssessmentDto(id, s, [], [], [], null, "offline") : null, "basics", "Basics", status == "skipped", [], status, 0, null, []);

    private static ReportDto Report(IReadOnlyList<ReportQuestionDto> questions, IReadOnlyList<ReportPointDto> highlights, IReadOnlyList<ReportPointDto> gaps) =>
        new("s1", "interview", "ml-junior", "en", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, questions.Max(q => q.Assessment?.Score ?? 0), "The summary.",
            questions, [], [], [], "offline", highlights, gaps, new WordsDto([], [], 0, 0, 0, [], []), null);

    private (Labels Labels, SpectreScreen Screen) ScreenIn(string language)
    {
        var labels = Labels.For(language);
        return (labels, new SpectreScreen(Console(), labels));
    }

    private IAnsiConsole Console() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(_output),
        Interactive = InteractionSupport.No,
    });

    private string Shown() => _output.ToString();

    public void Dispose() => _output.Dispose();
}
