using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace MockInterviewer.Server.Tests.Hosting;

/// <summary>
/// The server as someone deploys it: `dotnet publish`, then started from another working directory, as a
/// separate process with its own home folder. Publishing reuses the build `dotnet test` just made.
/// </summary>
public sealed partial class PublishedServerTests : IDisposable
{
    private static readonly TimeSpan PublishPatience = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);
    private const int FirstLinesOfLog = 10;

    private readonly string _publish = Directory.CreateTempSubdirectory("mockinterviewer-publish-").FullName;
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("mockinterviewer-cwd-").FullName;
    private readonly string _home = Directory.CreateTempSubdirectory("mockinterviewer-home-").FullName;

    [Fact]
    public async Task Published_server_started_elsewhere_serves_the_page_logs_quietly_and_keeps_its_data_in_the_users_folder()
    {
        await PublishAsync();

        using var server = StartPublished();
        var url = await server.ListeningUrl.Task.WaitAsync(StartPatience);

        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var page = await http.GetStringAsync("/");
        Assert.Contains("data-testid=\"start-form\"", page, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/js/app.js")).StatusCode);

        // "Now listening on" opens the log, not ~90 lines of EF Core's SQL.
        var head = server.Lines.Take(FirstLinesOfLog).ToList();
        Assert.Contains(head, line => line.Contains("Now listening on", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Lines, line => line.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));

        // The database lives in the user's data folder, not beside the app or in the working directory.
        Assert.True(File.Exists(Path.Combine(_home, ".local", "share", "MockInterviewer", "mockinterviewer.db")), string.Join('\n', server.Lines));
        Assert.False(Directory.Exists(Path.Combine(_publish, "data")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_elsewhere));
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _publish, _elsewhere, _home })
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task PublishAsync()
    {
        var configuration = typeof(PublishedServerTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(RepositoryRoot(), "src", "MockInterviewer.Server", "MockInterviewer.Server.csproj");
        var start = new ProcessStartInfo(Dotnet(), ["publish", project, "--no-build", "-c", configuration, "-o", _publish, "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync().WaitAsync(PublishPatience);
        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await errors}");
    }

    private RunningServer StartPublished()
    {
        var start = new ProcessStartInfo(Dotnet(), [Path.Combine(_publish, "MockInterviewer.Server.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = _elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MockInterviewer__", StringComparison.OrdinalIgnoreCase) || k.EndsWith("_ENVIRONMENT", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["HOME"] = _home;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(_home, ".local", "share");
        return new RunningServer(Process.Start(start)!);
    }

    private static string Dotnet() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MockInterviewer.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("MockInterviewer.sln was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    private sealed class RunningServer : IDisposable
    {
        private readonly Process _process;

        public RunningServer(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Read(e.Data);
            _process.ErrorDataReceived += (_, e) => Read(e.Data);
            _process.Exited += (_, _) => ListeningUrl.TrySetException(new InvalidOperationException("The server exited:\n" + string.Join('\n', Lines)));
            _process.EnableRaisingEvents = true;
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public ConcurrentQueue<string> Lines { get; } = new();

        public TaskCompletionSource<string> ListeningUrl { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }

        private void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            Lines.Enqueue(line);
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                ListeningUrl.TrySetResult(match.Groups[1].Value);
            }
        }
    }
}
