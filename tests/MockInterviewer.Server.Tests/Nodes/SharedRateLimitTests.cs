using System.Net;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>An address spends from one budget whichever node it reaches: the limits are counted in Redis.</summary>
[Collection(SeveralNodes.Name)]
public sealed class SharedRateLimitTests
{
    [RedisFact]
    public async Task Sessions_started_through_either_node_spend_one_hourly_budget()
    {
        using var nodes = Limited("SessionsPerHourPerAddress", "2");
        await using var onA = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        await using var onB = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);
        await onA.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await onB.StartAsync("interview", "en", "ml-junior", questionCount: 1);

        var onAgain = await Refusals.CodeOfAsync(() => onA.StartAsync("interview", "en", "ml-junior", questionCount: 1));

        Assert.Equal("rate-limited", onAgain);
    }

    [RedisFact]
    public async Task Sessions_open_at_once_from_one_address_are_capped_across_nodes_until_one_closes()
    {
        using var nodes = Limited("ConcurrentSessionsPerAddress", "1");
        var onA = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        await onA.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await using var onB = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);

        var whileOpenOnA = await Refusals.CodeOfAsync(() => onB.StartAsync("interview", "en", "ml-junior", questionCount: 1));
        await onA.DisposeAsync();
        var started = await FreedSeat.StartOnceFreedAsync(onB);

        Assert.Equal("rate-limited", whileOpenOnA);
        Assert.False(string.IsNullOrEmpty(started.SessionId));
    }

    [RedisFact]
    public async Task Api_requests_to_either_node_spend_one_budget_per_minute()
    {
        using var nodes = Limited("RequestsPerMinutePerAddress", "3");
        using var toA = new HttpClient { BaseAddress = new Uri(nodes.A.BaseUrl) };
        using var toB = new HttpClient { BaseAddress = new Uri(nodes.B.BaseUrl) };
        var tracks = new Uri("/api/tracks", UriKind.Relative);
        var granted = new[] { (await toA.GetAsync(tracks)).StatusCode, (await toB.GetAsync(tracks)).StatusCode, (await toA.GetAsync(tracks)).StatusCode };

        using var refused = await toB.GetAsync(tracks);

        Assert.All(granted, status => Assert.Equal(HttpStatusCode.OK, status));
        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    private static NodePair Limited(string limit, string value) =>
        new(settings: new Dictionary<string, string?> { [$"MockInterviewer:Limits:{limit}"] = value });
}
