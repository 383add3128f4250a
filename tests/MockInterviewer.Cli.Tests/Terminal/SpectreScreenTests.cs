using MockInterviewer.Cli.Terminal;
using MockInterviewer.Cli.Texts;
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
        var labels = Labels.For(language);
        var screen = new SpectreScreen(Console(), labels);

        screen.EndInterviewerMessage("m1", "question", 0, 3, drafted: false);
        var bank = Shown();
        screen.EndInterviewerMessage("m2", "question", 1, 3, drafted: true);
        var drafted = Shown()[bank.Length..];

        Assert.DoesNotContain(labels.Text("drafted"), bank, StringComparison.Ordinal);
        var progress = labels.Text("progress", ("index", 2), ("total", 3));
        Assert.Contains($"{labels.Text("kind.question")} · {progress} · {labels.Text("drafted")}", drafted, StringComparison.Ordinal);
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
