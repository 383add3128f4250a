using System.CommandLine;
using MockInterviewer.Cli.Session;
using MockInterviewer.Cli.Terminal;
using MockInterviewer.Cli.Texts;
using Spectre.Console;

namespace MockInterviewer.Cli.Commands;

/// <summary>The command line: which server and which interview; running it holds the interview.</summary>
public static class InterviewCommand
{
    public static RootCommand Create()
    {
        var server = new Option<Uri>("--server") { Description = "The server's address.", DefaultValueFactory = _ => new Uri("http://localhost:5080") };
        var mode = new Option<string>("--mode") { Description = "interview, self-intro or behavioral.", DefaultValueFactory = _ => "interview" };
        mode.AcceptOnlyFromAmong("interview", "self-intro", "behavioral");
        var track = new Option<string?>("--track") { Description = "A track of the question bank, e.g. ml-junior, ai-engineer, behavioral." };
        var language = new Option<string>("--lang") { Description = "ko or en.", DefaultValueFactory = _ => "ko" };
        language.AcceptOnlyFromAmong("ko", "en");
        var questions = new Option<int?>("--questions") { Description = "How many questions." };
        var timeLimit = new Option<int?>("--time-limit") { Description = "A time limit in minutes." };
        var feedback = new Option<string>("--feedback") { Description = "after-each or at-end.", DefaultValueFactory = _ => "after-each" };
        feedback.AcceptOnlyFromAmong("after-each", "at-end");

        var root = new RootCommand("A mock interview from the terminal against a running MockInterviewer server.")
        {
            server, mode, track, language, questions, timeLimit, feedback,
        };
        root.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new CliSettings(parsed.GetValue(server)!, parsed.GetValue(mode)!, parsed.GetValue(track), parsed.GetValue(language)!,
                parsed.GetValue(questions), parsed.GetValue(timeLimit), parsed.GetValue(feedback)!, CliSettings.DefaultResumeDelays);
            return await RunAsync(settings, cancellationToken);
        });
        return root;
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
