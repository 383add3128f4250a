using Microsoft.Extensions.Configuration;
using MockInterviewer.Domain.Tests.Support;
using MockInterviewer.Evaluation.Command;

namespace MockInterviewer.Evaluation.Tests.Command;

/// <summary>The evaluation command on the tiny labelled set, with "environment" settings given here instead of the process's.</summary>
internal sealed record EvaluationRun(int ExitCode, string Output, string Error)
{
    public static string TinySet { get; } = Path.Combine(RepositoryPaths.Root, "tests", "MockInterviewer.Evaluation.Tests", "Command", "TinySet");

    public static async Task<EvaluationRun> RunAsync(IDictionary<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await EvaluationCommand.RunAsync(
            ["--prompts", RepositoryPaths.Prompts, "--set", TinySet, .. args],
            configuration => configuration.AddInMemoryCollection(environment.Select(s => KeyValuePair.Create($"MockInterviewer:Llm:{s.Key}", s.Value))),
            output,
            error,
            CancellationToken.None);
        return new EvaluationRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The table rows' names ("tuning", "tuning ml-junior", "held-out en", …).</summary>
    public IReadOnlyList<string> Rows => Output.Split('\n')
        .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| set ", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal))
        .Select(l => l.Split('|')[1].Trim())
        .ToList();
}
