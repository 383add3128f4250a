using MockInterviewer.Cli.Texts;
using MockInterviewer.Contracts.Sessions;
using Spectre.Console;

namespace MockInterviewer.Cli.Terminal;

/// <summary>The interview on a terminal: interviewer text as it streams, then a report with a table of scores.</summary>
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

    public void Report(ReportDto report) => Write(() =>
    {
        EndLine();
        console.Write(new Rule(Markup.Escape(labels.Text("report.title"))));
        console.MarkupLine($"[bold]{Markup.Escape(labels.Text("report.overall"))}: {report.OverallScore}[/]");
        var table = new Table { Title = new TableTitle(Markup.Escape(labels.Text("report.questions"))) }
            .AddColumn("#").AddColumn(Markup.Escape(labels.Text("report.question"))).AddColumn(Markup.Escape(labels.Text("report.score")));
        foreach (var (question, index) in report.Questions.Select((q, i) => (q, i + 1)))
        {
            var score = question.Assessment is { } assessment ? assessment.Score.ToString(System.Globalization.CultureInfo.InvariantCulture) : labels.Text("report.status." + question.Status);
            table.AddRow(new Text(index.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(question.Text), new Text(score));
        }

        console.Write(table);
        List("report.strengths", report.Strengths);
        List("report.improvements", report.Improvements);
        console.MarkupLine($"[bold]{Markup.Escape(labels.Text("report.summary"))}[/]");
        console.WriteLine(report.Summary);
    });

    private void List(string titleKey, IReadOnlyList<string> items)
    {
        console.MarkupLine($"[bold]{Markup.Escape(labels.Text(titleKey))}[/]");
        foreach (var item in items.DefaultIfEmpty(labels.Text("report.none")))
        {
            console.WriteLine("  - " + item);
        }
    }

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
