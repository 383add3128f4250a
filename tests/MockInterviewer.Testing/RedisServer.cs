using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace MockInterviewer.Testing;

/// <summary>
/// A throwaway redis-server of the test's own, a child process on 127.0.0.1 that keeps nothing on disk. <see cref="Stop"/>
/// kills it (its data goes with it, as a Redis without persistence restarted) and <see cref="Start"/> brings it back on
/// the same port. Tests never rely on a system Redis service.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(10);
    private Process? _process;

    public RedisServer()
    {
        Port = LoopbackPort.Free();
        Start();
    }

    /// <summary>Where redis-server is installed, or null when it is not.</summary>
    public static string? InstalledPath { get; } = Find();

    /// <summary>Why a test that needs one is skipped here, or null when it can run.</summary>
    public static string? SkipReason => InstalledPath is null
        ? "redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)."
        : null;

    public int Port { get; }

    /// <summary>A StackExchange.Redis connection string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public void Start()
    {
        if (_process is not null)
        {
            return;
        }

        var start = new ProcessStartInfo(InstalledPath ?? throw new InvalidOperationException("redis-server is not installed."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", Path.GetTempPath() })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilItAnswers();
    }

    /// <summary>Kills the server at once, as a crash would.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private void WaitUntilItAnswers()
    {
        var deadline = DateTime.UtcNow + StartPatience;
        while (true)
        {
            try
            {
                using var client = new TcpClient("127.0.0.1", Port);
                using var stream = client.GetStream();
                stream.Write("PING\r\n"u8);
                var reply = new byte[7];
                var read = stream.Read(reply);
                if (Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process!.HasExited)
            {
            }

            if (DateTime.UtcNow >= deadline || _process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server did not start on port {Port}.");
            }

            Thread.Sleep(20);
        }
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
}
