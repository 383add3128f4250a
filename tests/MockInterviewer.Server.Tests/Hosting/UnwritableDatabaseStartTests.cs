using System.Diagnostics;

namespace MockInterviewer.Server.Tests.Hosting;

/// <summary>
/// The server process started on a database it cannot create: one line that names the path and the setting to
/// change, a non-zero exit code, no stack trace. The path lies under a regular file, which no one, root included,
/// can make a folder of (tests run as root in CI, where file modes stop nothing).
/// </summary>
public sealed class UnwritableDatabaseStartTests : IDisposable
{
    private static readonly TimeSpan ExitPatience = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("mockinterviewer-unwritable-").FullName;

    [Fact]
    public async Task Server_on_a_database_path_it_cannot_create_exits_with_one_line_naming_the_path_and_the_key()
    {
        var notAFolder = Path.Combine(_folder, "file-not-folder");
        await File.WriteAllTextAsync(notAFolder, "a file, not a folder");
        var database = Path.Combine(notAFolder, "data", "interviews.db");

        var (exitCode, output) = await RunServerAsync(database);

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(output, l => l.Contains(database, StringComparison.Ordinal));
        Assert.Contains("MockInterviewer:Storage:ConnectionString", line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.Contains("Unhandled exception", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The server's own build sits beside the tests (a referenced app brings its runtimeconfig and deps).
    private async Task<(int ExitCode, List<string> Output)> RunServerAsync(string database)
    {
        var start = new ProcessStartInfo(Dotnet(), [Path.Combine(AppContext.BaseDirectory, "MockInterviewer.Server.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MockInterviewer__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MockInterviewer__Storage__ConnectionString"] = $"Data Source={database}";
        using var server = Process.Start(start)!;
        var output = server.StandardOutput.ReadToEndAsync();
        var errors = server.StandardError.ReadToEndAsync();
        try
        {
            await server.WaitForExitAsync().WaitAsync(ExitPatience);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        var lines = (await output + "\n" + await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        return (server.ExitCode, lines);
    }

    private static string Dotnet() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
