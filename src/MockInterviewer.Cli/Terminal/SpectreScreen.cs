using MockInterviewer.Cli.Texts;
using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Contracts.Sessions;
using Spectre.Console;

namespace MockInterviewer.Cli.Terminal;

/// <summary>The interview on a terminal: interviewer text as it streams, each answer's assessment (feedback: after-each), then the report.</summary>
public sealed class SpectreScreen(IAnsiConsole console, Labels labels) : IInterviewScreen
{
    private readonly Lock _lock = new();
    private bool _midLine;

    public void BeginInterviewerMessage(string messageId) => Write(() =>
    {
        EndLine();
        console.Markup($"[bold cyan]{Markup.Escape(labels.Text("interviewer"))} ›[/] ");
        _midLine = true;
    });

    public void InterviewerText(string messageId, string text) => Write(() =>
    {
        console.Write(new Text(text));
        _midLine = !text.EndsWith('\n');
    });

    public void EndInterviewerMessage(string messageId, string kind, int questionIndex, int totalQuestions, bool drafted) => Write(() =>
    {
        EndLine();
        var tag = labels.Text("kind." + kind);
        if (kind is "question" or "follow-up")
        {
            tag += " · " + labels.Text("progress", ("index", questionIndex + 1), ("total", totalQuestions));
        }

        // As the page marks it: the question itself, not what follows it.
        if (drafted && kind == "question")
        {
            tag += " · " + labels.Text("drafted");
        }

        var colour = kind == "notice" ? "yellow" : "grey";
        console.MarkupLine($"[{colour}]  ({Markup.Escape(tag)})[/]");
    });

    public void MessageRestarted(string messageId) => Write(() =>
    {
        EndLine();
        console.MarkupLine($"[yellow]{Markup.Escape(labels.Text("restarted"))}[/]");
    });

    public void YourTurn() => Write(() =>
    {
        EndLine();
        console.MarkupLine($"[green]› {Markup.Escape(labels.Text("prompt"))}[/]");
    });

    public void Status(string text) => Write(() =>
    {
        EndLine();
        console.MarkupLine($"[grey]{Markup.Escape(text)}[/]");
    });

    public void Refused(string text) => Write(() =>
    {
        EndLine();
        console.MarkupLine($"[red]{Markup.Escape(text)}[/]");
    });

    public void Assessment(AssessmentDto assessment) => Write(() =>
    {
        EndLine();
        console.MarkupLine($"[bold]{Markup.Escape(labels.Text("assessment.title"))}[/] · {Markup.Escape(labels.Text("score", ("score", assessment.Score)))}");
        foreach (var point in assessment.Points)
        {
            PointLines.Write(console, labels, point.Status, point.Text, point.Evidence, advice: null);
        }
    });

    public void Report(ReportDto report) => Write(() =>
    {
        EndLine();
        new ReportWriter(console, labels).Write(report);
    });

    private void EndLine()
    {
        if (_midLine)
        {
            console.WriteLine();
            _midLine = false;
        }
    }

    private void Write(Action write)
    {
        lock (_lock)
        {
            write();
        }
    }
}
