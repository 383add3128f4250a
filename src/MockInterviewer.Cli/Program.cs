using MockInterviewer.Cli.Commands;

namespace MockInterviewer.Cli;

// A named class rather than top-level statements: the tests host the server, whose Program is the global one.
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return await InterviewCommand.Create().Parse(args).InvokeAsync();
    }
}
