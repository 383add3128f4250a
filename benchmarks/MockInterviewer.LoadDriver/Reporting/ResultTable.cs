using System.Globalization;
using System.Text;

namespace MockInterviewer.LoadDriver.Reporting;

/// <summary>The figures of one run as a markdown table the docs can take as it is, with the command that made them.</summary>
public sealed class ResultTable(string title)
{
    private readonly List<(string Measure, string Value, string Target)> _rows = [];

    public IReadOnlyList<(string Measure, string Value, string Target)> Rows => _rows;

    public ResultTable Add(string measure, string value, string target = "")
    {
        _rows.Add((measure, value, target));
        return this;
    }

    public string ToMarkdown(string command)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {title}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`{command}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        text.AppendLine();
        text.AppendLine("| measure | value | target |");
        text.AppendLine("| --- | --- | --- |");
        foreach (var (measure, value, target) in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {measure} | {value} | {target} |");
        }

        return text.ToString();
    }

    public static string Ms(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a"
        : milliseconds >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:0.00} s")
        : milliseconds >= 10 ? string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0.00} ms");

    public static string Kb(double bytes) => double.IsNaN(bytes) ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0.0} KB");

    public static string Mb(double bytes) => double.IsNaN(bytes) ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):0} MB");

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
