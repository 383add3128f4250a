using MockInterviewer.Server.Tests.Browser;
using MockInterviewer.Server.Tests.Faults;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>
/// Two nodes behind one address on one database and one throwaway redis-server, both on a loopback model: node A the
/// built server as a process of its own, so a test can kill it for real (SIGKILL: no shutdown, its lease left in Redis
/// until it runs out), node B in this process. The lease is short, so B takes over within the test's patience.
/// </summary>
internal sealed class ChildAndLiveNodes : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    private ChildAndLiveNodes(RedisServer redis, ChildServer a, LiveServer b)
    {
        Redis = redis;
        A = a;
        B = b;
    }

    public RedisServer Redis { get; }

    public ChildServer A { get; }

    public LiveServer B { get; }

    public static async Task<ChildAndLiveNodes> StartAsync(LoopbackOpenAiServer model)
    {
        var redis = new RedisServer();
        try
        {
            var data = Directory.CreateTempSubdirectory("mockinterviewer-killed-node-").FullName;
            var settings = FaultyModelServer.Settings(model);
            settings["MockInterviewer:SignalR:Redis"] = redis.ConnectionString;
            settings["MockInterviewer:SignalR:LeaseSeconds"] = NodePair.LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

            // A first, so the database is made by one node before the other opens it.
            var environment = ChildServer.AsEnvironment(settings.Concat(ServerFactory.StorageSettings(data)));
            var a = await ChildServer.StartAsync(ChildServer.BuiltDll(), environment, StartPatience);
            LiveServer? b = null;
            try
            {
                b = new LiveServer(settings: settings, dataDirectory: data);
                await WaitReadyAsync(a.BaseUrl.ToString().TrimEnd('/'));
                await WaitReadyAsync(b.BaseUrl);
                return new ChildAndLiveNodes(redis, a, b);
            }
            catch
            {
                b?.Dispose();
                await a.DisposeAsync();
                throw;
            }
        }
        catch
        {
            redis.Dispose();
            throw;
        }
    }

    // Ready, as a load balancer would wait for: its connection to Redis is up, so a candidate's connection is not
    // the first to need it.
    private static async Task WaitReadyAsync(string node)
    {
        using var http = new HttpClient { BaseAddress = new Uri(node), Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // Not answering yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{node} was not ready within {StartPatience.TotalSeconds} s.");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        B.Dispose();
        await A.DisposeAsync();
        Redis.Dispose();
    }
}
