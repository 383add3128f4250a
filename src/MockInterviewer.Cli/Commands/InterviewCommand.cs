using System.CommandLine;
using MockInterviewer.Cli.Session;
using MockInterviewer.Cli.Terminal;
using MockInterviewer.Cli.Texts;
using Spectre.Console;

namespace MockInterviewer.Cli.Commands;

/// <summary>The command line: which server and which interview; running it holds the interview.</summary>
public static class InterviewCommand
{
    private static readonly Option<Uri> Server = new("--server")
    {
        Description = "The server's address.",
        DefaultValueFactory = _ => new Uri("http://localhost:5080"),
        CustomParser = ParseServer,
    };

    private static readonly Option<string> Mode = OneOf("--mode", "interview, self-intro or behavioral.", "interview", "self-intro", "behavioral");
    private static readonly Option<string?> Track = new("--track") { Description = "A track of the question bank, e.g. ml-junior, ai-engineer, behavioral." };
    private static readonly Option<string> Language = OneOf("--lang", "ko or en.", "ko", "en");
    private static readonly Option<int?> Questions = new("--questions") { Description = "How many questions." };
    private static readonly Option<int?> TimeLimit = new("--time-limit") { Description = "A time limit in minutes." };
    private static readonly Option<string> Feedback = OneOf("--feedback", "after-each or at-end.", "after-each", "at-end");

    public static RootCommand Create()
    {
        var root = new RootCommand("A mock interview from the terminal against a running MockInterviewer server.")
        {
            Server, Mode, Track, Language, Questions, TimeLimit, Feedback,
        };
        root.SetAction((parsed, cancellationToken) => RunAsync(SettingsOf(parsed), cancellationToken));
        return root;
    }

    internal static CliSettings SettingsOf(ParseResult parsed) =>
        new(parsed.GetValue(Server)!, parsed.GetValue(Mode)!, parsed.GetValue(Track), parsed.GetValue(Language)!,
            parsed.GetValue(Questions), parsed.GetValue(TimeLimit), parsed.GetValue(Feedback)!, CliSettings.DefaultResumeDelays, CliSettings.DefaultAttemptTimeout);

    /// <param name="values">The allowed values; the first is the default.</param>
    private static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => values[0] };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private static Uri? ParseServer(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var server) && server.Scheme is "http" or "https")
        {
            return server;
        }

        result.AddError($"--server needs an http or https address, e.g. http://localhost:5080 (got '{text}').");
        return null;
    }

    private static async Task<int> RunAsync(CliSettings settings, CancellationToken cancellationToken)
    {
        var labels = Labels.For(settings.Language);
        var screen = new SpectreScreen(AnsiConsole.Console, labels);
        await using var runner = new InterviewRunner(settings, new ServerConnector(settings.Server), new ConsoleInput(), screen);
        try
        {
            return await runner.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 130;
        }
#pragma warning disable CA1031 // The candidate gets one line, never a stack trace.
        catch (Exception)
#pragma warning restore CA1031
        {
            screen.Refused(labels.Text("error.generic"));
            return 1;
        }
    }
}
