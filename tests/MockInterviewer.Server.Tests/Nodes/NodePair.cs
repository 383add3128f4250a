using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Tests.Browser;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>
/// Two server nodes on real ports, as behind one address: one SQLite file and one throwaway redis-server between
/// them, and a short lease so a node that dies is taken over from within the test's patience.
/// </summary>
internal sealed class NodePair : IDisposable
{
    public const int LeaseSeconds = 2;

    public const string Answer =
        "Overfitting is when a model learns the noise in its training data and does worse on new data; I would use regularization, more data and cross-validation.";

    /// <param name="settings">More settings for both nodes, beside Redis and the short lease.</param>
    public NodePair(Action<IServiceCollection>? servicesOfA = null, Action<IServiceCollection>? servicesOfB = null, IDictionary<string, string?>? settings = null)
    {
        Redis = new RedisServer();
        var data = Directory.CreateTempSubdirectory("mockinterviewer-nodes-").FullName;
        var both = SettingsFor(Redis);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            both[key] = value;
        }

        A = new LiveServer(servicesOfA, both, data);
        B = new LiveServer(servicesOfB, both, data);
    }

    public RedisServer Redis { get; }

    /// <summary>A node's settings on <paramref name="redis"/>, with the short lease.</summary>
    public static Dictionary<string, string?> SettingsFor(RedisServer redis) => new()
    {
        ["MockInterviewer:SignalR:Redis"] = redis.ConnectionString,
        ["MockInterviewer:SignalR:LeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public LiveServer A { get; }

    public LiveServer B { get; }

    /// <summary>Waits until the candidate may speak again: the latest message asks something, or closes the interview.</summary>
    public static async Task<MessageCompletedEvent> TurnAfterAsync(CandidateConnection candidate, int seen)
    {
        await candidate.WaitUntilAsync(() => candidate.Completed.Skip(seen).Any(m => m.Kind is "question" or "follow-up" or "closing"));
        return candidate.Completed.Skip(seen).First(m => m.Kind is "question" or "follow-up" or "closing");
    }

    /// <summary>Completes when the node has no background work left (grading, the interviewer speaking).</summary>
    public static Task IdleAsync(LiveServer node) =>
        node.Services.GetRequiredService<SessionRunner>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(15));

    /// <summary><c>GET /readyz</c>: its status code and the checks it names as failing.</summary>
    public static async Task<(HttpStatusCode Status, IReadOnlyList<string> Failing)> ReadinessAsync(LiveServer node)
    {
        using var http = new HttpClient { BaseAddress = new Uri(node.BaseUrl) };
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, [.. body.RootElement.GetProperty("failing").EnumerateArray().Select(e => e.GetString()!)]);
    }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
        Redis.Dispose();
    }
}
