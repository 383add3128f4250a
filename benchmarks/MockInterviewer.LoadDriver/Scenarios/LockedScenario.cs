using System.Diagnostics;
using System.Globalization;
using MockInterviewer.LoadDriver.Candidates;
using MockInterviewer.LoadDriver.Hosting;
using MockInterviewer.LoadDriver.Reporting;
using MockInterviewer.LoadDriver.Wire;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver.Scenarios;

/// <summary>
/// The server with its SQLite file locked: while another connection holds the write lock (<c>BEGIN EXCLUSIVE</c>) for
/// a while, clients call StartSession, and <c>GET /api/tracks</c> (no database) and <c>/healthz</c> are timed
/// meanwhile. What the server should do: answer both at once, refuse the sessions quickly with
/// <c>storage-unavailable</c> rather than stall, and be ready again once the lock is gone.
/// </summary>
public static class LockedScenario
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan CallPatience = TimeSpan.FromMinutes(3);

    public static async Task<ResultTable> RunAsync(DriverArguments args, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("mockinterviewer-bench-");
        try
        {
            await using var server = await ServerUnderTest.StartAsync(args.ServerDllPath(),
                args.ServerSettings(new() { ["MockInterviewer__Llm__Provider"] = "offline" }), folder.FullName);
            using var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = CallPatience };

            // One whole start before the lock, so first-call costs are not measured.
            await using (var warm = await Candidate.ConnectAsync(server.BaseUrl, cancellationToken: cancellationToken))
            {
                await warm.StartAsync("en", 1, cancellationToken);
            }

            (await http.GetAsync(new Uri("/api/tracks", UriKind.Relative), cancellationToken)).Dispose();
            (await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken)).Dispose();
            var tracks = new Probe("/api/tracks");
            var health = new Probe("/healthz");

            List<(string Outcome, TimeSpan Took)> outcomes;
            using (DatabaseLock.Hold(ServerUnderTest.DatabasePath(folder.FullName)))
            {
                var starts = Enumerable.Range(0, args.LockedClients).Select(_ => StartAsync(server.BaseUrl, cancellationToken)).ToList();
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                var until = Stopwatch.StartNew();
                while (until.Elapsed < args.Hold)
                {
                    await tracks.TimeAsync(http, cancellationToken);
                    await health.TimeAsync(http, cancellationToken);
                    await Task.Delay(ProbeEvery, cancellationToken);
                }

                outcomes = [.. await Task.WhenAll(starts).WaitAsync(CallPatience, cancellationToken)];
            }

            using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative), cancellationToken);
            return new ResultTable($"A locked SQLite file: {args.LockedClients} clients, file locked for {args.Hold.TotalSeconds:0} s")
                .Add("`GET /api/tracks` during the lock, median / max", tracks.Describe(), "answers at once")
                .Add("`/healthz` during the lock, median / max", health.Describe(), "answers at once")
                .Add("StartSession outcomes", Describe(outcomes), "refused quickly with storage-unavailable, never stalled")
                .Add("`/readyz` after the release", ((int)ready.StatusCode).ToString(CultureInfo.InvariantCulture), "200");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Held open until the lock is gone, so the calls land while it is held; timed from the call.
    private static async Task<(string Outcome, TimeSpan Took)> StartAsync(Uri server, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        try
        {
            await using var candidate = await Candidate.ConnectAsync(server, cancellationToken: cancellationToken);
            started.Restart();
            await candidate.StartOnlyAsync("en", questions: 1, cancellationToken).WaitAsync(CallPatience, cancellationToken);
            return ("ok", started.Elapsed);
        }
        catch (HubCallException refusal)
        {
            var code = refusal.Message.Split("HubException: ")[^1].Split(':')[0];
            return (code, started.Elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ($"client error {e.GetType().Name}", started.Elapsed);
        }
    }

    private static string Describe(List<(string Outcome, TimeSpan Took)> outcomes) => string.Join("; ", outcomes
        .GroupBy(o => o.Outcome)
        .OrderByDescending(g => g.Count())
        .Select(g =>
        {
            var took = new Samples();
            foreach (var (_, t) in g)
            {
                took.Add(t);
            }

            return $"{g.Count()} × {g.Key} (p50 {ResultTable.Ms(took.Median)}, slowest {ResultTable.Ms(took.Percentile(100))})";
        }));

    /// <summary>One path asked again and again: how long each answer took and which statuses came back.</summary>
    private sealed class Probe(string path)
    {
        private readonly Samples _latency = new();
        private readonly SortedSet<int> _statuses = [];

        public async Task TimeAsync(HttpClient http, CancellationToken cancellationToken)
        {
            var started = Stopwatch.GetTimestamp();
            int status;
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
                status = (int)response.StatusCode;
            }
            catch (HttpRequestException)
            {
                status = 0;
            }

            _latency.Add(Stopwatch.GetElapsedTime(started));
            _statuses.Add(status);
        }

        public string Describe() =>
            $"{ResultTable.Ms(_latency.Median)} / {ResultTable.Ms(_latency.Percentile(100))} ({_latency.Count} samples, statuses {string.Join(", ", _statuses)})";
    }
}
