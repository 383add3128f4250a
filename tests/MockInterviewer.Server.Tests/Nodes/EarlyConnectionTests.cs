using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Server.Tests.Browser;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>A candidate connects to a node that cannot reach Redis yet: before its first connection is up, or while Redis is down.</summary>
[Collection(SeveralNodes.Name)]
public sealed class EarlyConnectionTests
{
    [RedisFact]
    public async Task A_candidate_who_connects_before_the_node_reaches_Redis_waits_for_it_and_then_interviews()
    {
        using var redis = new RedisServer();
        redis.Stop();
        using var node = NodeOn(redis);

        var connecting = CandidateConnection.ConnectAsync(node.BaseUrl);
        await using var candidate = await connecting;
        var starting = candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await Task.Delay(TimeSpan.FromSeconds(1));
        redis.Start();
        var started = await starting;
        var question = await NodePair.TurnAfterAsync(candidate, 0);

        Assert.True(candidate.IsConnected);
        Assert.Equal(started.SessionId, question.SessionId);
    }

    [RedisFact]
    public async Task A_candidate_who_connects_while_Redis_stays_away_is_closed_with_nodes_unavailable_not_dropped()
    {
        using var redis = new RedisServer();
        redis.Stop();
        using var node = NodeOn(redis);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(node.BaseUrl), InterviewHubRoutes.Path), options => options.Transports = HttpTransportType.WebSockets)
            .WithStatefulReconnect()
            .Build();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };

        await connection.StartAsync();
        var reason = await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await connection.DisposeAsync();

        Assert.Equal("nodes-unavailable", Refusals.CodeOf(Assert.IsType<HubException>(reason)));
    }

    private static LiveServer NodeOn(RedisServer redis) => new(settings: NodePair.SettingsFor(redis));
}
