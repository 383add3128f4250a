using System.Diagnostics;
using System.Net;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// The server the driver measures: a child process started from the built dll on a free loopback port with a
/// temporary SQLite file and the given settings, or a server already running at a URL (then CPU and memory are
/// read only when its process id is given).
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(180);

    private readonly Process? _process;
    private readonly string? _dataFolder;
    private readonly Queue<string> _lastLines = new();

    private ServerUnderTest(Uri baseUrl, int? pid, Process? process, string? dataFolder)
    {
        BaseUrl = baseUrl;
        Pid = pid;
        _process = process;
        _dataFolder = dataFolder;
    }

    public Uri BaseUrl { get; }

    /// <summary>The server's process id, when CPU and memory can be read.</summary>
    public int? Pid { get; }

    /// <summary>Process start to the first 200 from /healthz (zero for a server that was already running).</summary>
    public TimeSpan StartUp { get; private set; }

    public static ServerUnderTest Attach(Uri url, int? pid) => new(url, pid, process: null, dataFolder: null);

    /// <summary>The server at --url, or one started here on the offline engine.</summary>
    public static async Task<ServerUnderTest> OfflineAsync(DriverArguments args) =>
        args.Url is { } url
            ? Attach(url, args.Pid)
            : await StartAsync(args.ServerDllPath(), args.ServerSettings(new() { ["MockInterviewer__Llm__Provider"] = "offline" }));

    /// <param name="settings">Configuration as environment variables (MockInterviewer__Llm__Provider=...), over the driver's defaults.</param>
    /// <param name="dataFolder">Where the SQLite file lives; a new temporary folder (deleted afterwards) when null.</param>
    public static async Task<ServerUnderTest> StartAsync(string serverDll, IReadOnlyDictionary<string, string> settings, string? dataFolder = null)
    {
        if (!File.Exists(serverDll))
        {
            throw new FileNotFoundException($"No server build at {serverDll}: run `dotnet build -c Release src/MockInterviewer.Server` or pass --server-dll.", serverDll);
        }

        var ownFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("mockinterviewer-bench-").FullName;
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { serverDll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in DefaultSettings(dataFolder).Concat(settings))
        {
            info.Environment[key] = value;
        }

        var started = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("The server process did not start.");
        var server = new ServerUnderTest(new Uri($"http://127.0.0.1:{port}"), process.Id, process, ownFolder ? dataFolder : null);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            server.StartUp = await server.WaitHealthyAsync(started);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_dataFolder is not null)
        {
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the dying process: the temporary folder is left to the system.
            }
        }
    }

    // High limits: every candidate of a load run comes from the same loopback address.
    private static Dictionary<string, string> DefaultSettings(string dataFolder) => new()
    {
        ["MockInterviewer__Storage__ConnectionString"] = $"Data Source={Path.Combine(dataFolder, "bench.db")}",
        ["MockInterviewer__Limits__SessionsPerHourPerAddress"] = "1000000",
        ["MockInterviewer__Limits__SessionsPerHourPerAccount"] = "1000000",
        ["MockInterviewer__Limits__AnswersPerMinutePerAddress"] = "1000000",
        ["MockInterviewer__Limits__AnswersPerMinutePerAccount"] = "1000000",
        ["MockInterviewer__Limits__ConcurrentSessionsPerAddress"] = "1000000",
        ["MockInterviewer__Limits__MaxOpenSessions"] = "10000000",
        ["MockInterviewer__Limits__RequestsPerMinutePerAddress"] = "1000000",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    private async Task<TimeSpan> WaitHealthyAsync(Stopwatch started)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (started.Elapsed < StartPatience)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode} before it was healthy:\n{string.Join('\n', Lines())}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "/healthz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return started.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, not answering yet.
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The server was not healthy within {StartPatience.TotalSeconds} s:\n{string.Join('\n', Lines())}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    private string[] Lines()
    {
        lock (_lastLines)
        {
            return [.. _lastLines];
        }
    }
}
