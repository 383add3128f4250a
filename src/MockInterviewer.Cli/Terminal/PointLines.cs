using MockInterviewer.Cli.Texts;
using Spectre.Console;

namespace MockInterviewer.Cli.Terminal;

/// <summary>
/// A reference point as the page shows it: a mark and its status, the point, then the candidate's words that show
/// it or the advice on what is missing.
/// </summary>
internal static class PointLines
{
    private static readonly Dictionary<string, (string Mark, string Colour)> Statuses = new(StringComparer.Ordinal)
    {
        ["covered"] = ("✓", "green"),
        ["partial"] = ("◐", "yellow"),
        ["missing"] = ("○", "grey"),
        ["incorrect"] = ("✕", "red"),
    };

    public static void Write(IAnsiConsole console, Labels labels, string status, string text, string? quote, string? advice)
    {
        var known = Statuses.ContainsKey(status) ? status : "missing";
        var (mark, colour) = Statuses[known];
        console.MarkupLine($"  [{colour}]{mark} {Markup.Escape(labels.Text("point." + known))}[/] · {Markup.Escape(text)}");
        if (!string.IsNullOrWhiteSpace(quote))
        {
            console.MarkupLine($"      [italic]“{Markup.Escape(quote)}”[/]");
        }

        if (!string.IsNullOrWhiteSpace(advice))
        {
            console.MarkupLine($"      [grey]{Markup.Escape(advice)}[/]");
        }
    }
}
