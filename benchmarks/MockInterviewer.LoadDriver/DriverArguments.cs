using System.Globalization;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver;

/// <summary>
/// `SCENARIO [--quick] [--candidates N] [--answers N] [--sessions N,N] [--tokens N] [--rate N] [--aligned] [--seed N] [--runs N] [--hold N]
/// [--connect-concurrency N] [--url URL [--pid PID]] [--server-dll PATH] [--env KEY=VALUE] [--ack-ms N]`.
/// </summary>
public sealed record DriverArguments
{
    public const string Usage = """
        usage: MockInterviewer.LoadDriver SCENARIO [options]
          scenarios: offline | relay | capacity | memory | startup | locked | all
          --quick                 small sizes (a smoke run in about a minute)
          --candidates N          offline: candidates answering at once (default 1000, quick 50); locked: clients
                                  starting sessions while the file is locked (default 50, quick 10)
          --answers N             offline: answers per candidate (default 3)
          --sessions N[,N...]     relay: sessions streaming (default 200, quick 20); capacity: steps (default 200,500,1000,
                                  quick 20,50); memory: idle sessions (default 1000, quick 50)
          --tokens N              tokens per model stream (default 90, quick 30)
          --rate N                tokens per second per stream (default 30)
          --aligned               relay, capacity: every model stream on one clock, all their tokens in the same
                                  instant (the worst case); by default each stream starts at its own offset
          --seed N                relay, capacity: the seed those offsets are drawn from (default 1)
          --runs N                startup: starts to time (default 5, quick 3)
          --hold N                locked: seconds the SQLite file is held by BEGIN EXCLUSIVE (default 15, quick 3)
          --connect-concurrency N connections opened at once (default 50)
          --url URL               drive a running server instead of starting one (offline and memory only)
          --pid PID               with --url: its process id, to read CPU and memory from /proc
          --server-dll PATH       the server build to start (default: src/MockInterviewer.Server/bin/<config>/net10.0)
          --env KEY=VALUE         an environment variable for the started server, e.g. DOTNET_gcServer=0 (repeatable)
          --ack-ms N              how often each candidate acknowledges what it received (default 1000, as SignalR's
                                  clients do; the server keeps each message for stateful reconnect until then)
        """;

    public string Scenario { get; init; } = "offline";

    public bool Quick { get; init; }

    public int? Candidates { get; init; }

    public int Answers { get; init; } = 3;

    public IReadOnlyList<int>? Sessions { get; init; }

    public int? Tokens { get; init; }

    public int Rate { get; init; } = 30;

    public bool Aligned { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>The paced model's phase seed: null when its streams are aligned.</summary>
    public int? SpreadSeed => Aligned ? null : Seed;

    public int? Runs { get; init; }

    public int? HoldSeconds { get; init; }

    public int ConnectConcurrency { get; init; } = 50;

    /// <summary>How often each candidate acknowledges the messages it received (SignalR's clients: once a second).</summary>
    public TimeSpan AcknowledgeEvery { get; init; } = TimeSpan.FromSeconds(1);

    public Uri? Url { get; init; }

    public int? Pid { get; init; }

    public string? ServerDll { get; init; }

    /// <summary>Environment for the started server, over the scenario's own settings (to compare a runtime or app setting).</summary>
    public IReadOnlyDictionary<string, string> ServerEnv { get; init; } = new Dictionary<string, string>();

    /// <summary>The scenario's settings with <see cref="ServerEnv"/> over them.</summary>
    public Dictionary<string, string> ServerSettings(Dictionary<string, string> scenario)
    {
        foreach (var (key, value) in ServerEnv)
        {
            scenario[key] = value;
        }

        return scenario;
    }

    public int CandidateCount => Candidates ?? (Quick ? 50 : 1000);

    public int TokenCount => Tokens ?? (Quick ? 30 : 90);

    public int RunCount => Runs ?? (Quick ? 3 : 5);

    public int LockedClients => Candidates ?? (Quick ? 10 : 50);

    public TimeSpan Hold => TimeSpan.FromSeconds(HoldSeconds ?? (Quick ? 3 : 15));

    public IReadOnlyList<int> SessionsFor(string scenario) => Sessions ?? (scenario, Quick) switch
    {
        ("capacity", false) => [200, 500, 1000],
        ("capacity", true) => [20, 50],
        ("memory", false) => [1000],
        (_, false) => [200],
        _ => [50],
    };

    public static DriverArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new DriverArguments();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Number() => int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.\n{Usage}");
            parsed = args[i] switch
            {
                "--quick" => parsed with { Quick = true },
                "--candidates" => parsed with { Candidates = Number() },
                "--answers" => parsed with { Answers = Number() },
                "--sessions" => parsed with { Sessions = [.. Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] },
                "--tokens" => parsed with { Tokens = Number() },
                "--rate" => parsed with { Rate = Number() },
                "--aligned" => parsed with { Aligned = true },
                "--seed" => parsed with { Seed = Number() },
                "--runs" => parsed with { Runs = Number() },
                "--hold" => parsed with { HoldSeconds = Number() },
                "--connect-concurrency" => parsed with { ConnectConcurrency = Number() },
                "--ack-ms" => parsed with { AcknowledgeEvery = TimeSpan.FromMilliseconds(Number()) },
                "--url" => parsed with { Url = new Uri(Next()) },
                "--pid" => parsed with { Pid = Number() },
                "--server-dll" => parsed with { ServerDll = Path.GetFullPath(Next()) },
                "--env" => parsed with { ServerEnv = WithEnv(parsed.ServerEnv, Next()) },
                "-h" or "--help" => throw new ArgumentException(Usage),
                var scenario when !scenario.StartsWith('-') => parsed with { Scenario = scenario },
                var unknown => throw new ArgumentException($"Unknown option {unknown}.\n{Usage}"),
            };
        }

        return parsed;
    }

    private static Dictionary<string, string> WithEnv(IReadOnlyDictionary<string, string> env, string pair)
    {
        var at = pair.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"--env needs KEY=VALUE, not {pair}.\n{Usage}");
        }

        return new Dictionary<string, string>(env) { [pair[..at]] = pair[(at + 1)..] };
    }

    /// <summary>The server build next to this driver's: same configuration, found from the repository root.</summary>
    public string ServerDllPath()
    {
        if (ServerDll is not null)
        {
            return ServerDll;
        }

        return ChildServer.BuiltDll();
    }
}
