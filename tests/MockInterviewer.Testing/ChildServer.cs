using System.Diagnostics;
using System.Net;

namespace MockInterviewer.Testing;

/// <summary>
/// The built server as an operating-system process of its own (<c>dotnet MockInterviewer.Server.dll</c>) on a free
/// loopback port, configured through environment variables: what the load driver measures, and a node a fault test
/// can kill for real (<see cref="Kill"/>: SIGKILL, no shutdown, no finally blocks).
/// </summary>
public sealed class ChildServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ChildServer(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int Pid => _process.Id;

    /// <summary>Process start to the first 200 from /healthz.</summary>
    public TimeSpan StartUp { get; private set; }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>The server build of the same configuration as this one's (Debug or Release), found from the repository root.</summary>
    public static string BuiltDll()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MockInterviewer.sln")))
            {
                return Path.Combine(folder.FullName, "src", "MockInterviewer.Server", "bin", Configuration, "net10.0", "MockInterviewer.Server.dll");
            }
        }

        throw new DirectoryNotFoundException($"No MockInterviewer.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>Settings keyed as in appsettings (<c>MockInterviewer:Llm:Provider</c>) as the environment variables that set them.</summary>
    public static IEnumerable<KeyValuePair<string, string>> AsEnvironment(IEnumerable<KeyValuePair<string, string?>> settings) =>
        settings.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value ?? ""));

    /// <param name="environment">Settings as environment variables (<c>MockInterviewer__Llm__Provider=offline</c>).</param>
    /// <param name="patience">How long it may take to answer /healthz before it is killed and this throws.</param>
    public static async Task<ChildServer> StartAsync(string serverDll, IEnumerable<KeyValuePair<string, string>> environment, TimeSpan patience)
    {
        var port = LoopbackPort.Free();
        var info = StartInfo(serverDll, port, environment);
        var started = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("The server process did not start.");
        var server = new ChildServer(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            server.StartUp = await server.WaitHealthyAsync(started, patience).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs the server with settings it should refuse, until it exits: its exit code and what it wrote to standard
    /// error (its logs go to standard output).
    /// </summary>
    public static async Task<(int ExitCode, string Error)> RunToExitAsync(string serverDll, IEnumerable<KeyValuePair<string, string>> environment, TimeSpan patience)
    {
        var info = StartInfo(serverDll, LoopbackPort.Free(), environment);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("The server process did not start.");
        using var timeout = new CancellationTokenSource(patience);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            await output.ConfigureAwait(false);
            return (process.ExitCode, await error.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The server was still running after {patience.TotalSeconds} s.");
        }
    }

    /// <summary>Kills the process at once (SIGKILL on Linux), as a crash or an out-of-memory kill would, and waits until it is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>The last lines it wrote, to show why it failed.</summary>
    public string Output()
    {
        lock (_lastLines)
        {
            return string.Join('\n', _lastLines);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string serverDll, int port, IEnumerable<KeyValuePair<string, string>> environment)
    {
        if (!File.Exists(serverDll))
        {
            throw new FileNotFoundException($"No server build at {serverDll}: run `dotnet build src/MockInterviewer.Server` (-c Release for the load driver).", serverDll);
        }

        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { serverDll, "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    private async Task<TimeSpan> WaitHealthyAsync(Stopwatch started, TimeSpan patience)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (started.Elapsed < patience)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode} before it was healthy:\n{Output()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "/healthz")).ConfigureAwait(false);
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

            await Task.Delay(10).ConfigureAwait(false);
        }

        throw new TimeoutException($"The server was not healthy within {patience.TotalSeconds} s:\n{Output()}");
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
}
