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

    private readonly ChildServer? _child;
    private readonly string? _dataFolder;

    private ServerUnderTest(Uri baseUrl, int? pid, ChildServer? child, string? dataFolder)
    {
        BaseUrl = baseUrl;
        Pid = pid;
        _child = child;
        _dataFolder = dataFolder;
        Gc = pid is { } id ? ServerGcWatch.TryStart(id) : null;
    }

    public Uri BaseUrl { get; }

    /// <summary>The server's process id, when CPU and memory can be read.</summary>
    public int? Pid { get; }

    /// <summary>The server's garbage collections, when its process id is known and its event pipe answers.</summary>
    public ServerGcWatch? Gc { get; }

    /// <summary>Process start to the first 200 from /healthz (zero for a server that was already running).</summary>
    public TimeSpan StartUp => _child?.StartUp ?? TimeSpan.Zero;

    /// <summary>The SQLite file of a server started here on <paramref name="dataFolder"/>.</summary>
    public static string DatabasePath(string dataFolder) => Path.Combine(dataFolder, "bench.db");

    public static ServerUnderTest Attach(Uri url, int? pid) => new(url, pid, child: null, dataFolder: null);

    /// <summary>The server at --url, or one started here on the offline engine.</summary>
    public static async Task<ServerUnderTest> OfflineAsync(DriverArguments args) =>
        args.Url is { } url
            ? Attach(url, args.Pid)
            : await StartAsync(args.ServerDllPath(), args.ServerSettings(new() { ["MockInterviewer__Llm__Provider"] = "offline" }));

    /// <param name="settings">Configuration as environment variables (MockInterviewer__Llm__Provider=...), over the driver's defaults.</param>
    /// <param name="dataFolder">Where the SQLite file lives; a new temporary folder (deleted afterwards) when null.</param>
    public static async Task<ServerUnderTest> StartAsync(string serverDll, IReadOnlyDictionary<string, string> settings, string? dataFolder = null)
    {
        var ownFolder = dataFolder is null;
        dataFolder ??= Directory.CreateTempSubdirectory("mockinterviewer-bench-").FullName;
        try
        {
            var child = await ChildServer.StartAsync(serverDll, DefaultSettings(dataFolder).Concat(settings), StartPatience);
            return new ServerUnderTest(child.BaseUrl, child.Pid, child, ownFolder ? dataFolder : null);
        }
        catch
        {
            DeleteOwnFolder(ownFolder ? dataFolder : null);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Gc is not null)
        {
            await Gc.DisposeAsync();
        }

        if (_child is not null)
        {
            await _child.DisposeAsync();
        }

        DeleteOwnFolder(_dataFolder);
    }

    private static void DeleteOwnFolder(string? folder)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process: the temporary folder is left to the system.
        }
    }

    // High limits: every candidate of a load run comes from the same loopback address.
    private static Dictionary<string, string> DefaultSettings(string dataFolder) => new()
    {
        ["MockInterviewer__Storage__ConnectionString"] = $"Data Source={DatabasePath(dataFolder)}",
        ["MockInterviewer__Limits__SessionsPerHourPerAddress"] = "1000000",
        ["MockInterviewer__Limits__SessionsPerHourPerAccount"] = "1000000",
        ["MockInterviewer__Limits__AnswersPerMinutePerAddress"] = "1000000",
        ["MockInterviewer__Limits__AnswersPerMinutePerAccount"] = "1000000",
        ["MockInterviewer__Limits__ConcurrentSessionsPerAddress"] = "1000000",
        ["MockInterviewer__Limits__MaxOpenSessions"] = "10000000",
        ["MockInterviewer__Limits__RequestsPerMinutePerAddress"] = "1000000",
    };
}
