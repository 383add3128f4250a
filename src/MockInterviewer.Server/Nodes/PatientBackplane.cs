using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace MockInterviewer.Server.Nodes;

/// <summary>
/// The Redis backplane, except for a connection that comes while this node cannot reach Redis (it has not connected
/// yet, or Redis is down): the backplane would fail to subscribe it and the transport would drop it with no word.
/// It waits for Redis instead; if Redis does not come back in time, the connection is let in off the backplane and
/// <see cref="NodesUnavailableFilter"/> closes it with <c>nodes-unavailable</c>, which the page and the terminal
/// client know and answer by connecting again.
/// </summary>
public sealed partial class PatientBackplane<THub>(RedisHubLifetimeManager<THub> backplane, NodeRedis redis, ILogger<PatientBackplane<THub>> logger)
    : HubLifetimeManager<THub>
    where THub : Hub
{
    // Past the reconnect policy's longest pause (5 s), and well within the client's 30 s server timeout: its
    // handshake is done, so it waits quietly.
    internal static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(100);

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        if (await WaitForRedisAsync(connection.ConnectionAborted))
        {
            try
            {
                await backplane.OnConnectedAsync(connection);
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Lost again between the look and the subscription: undo what was done, as if it never came.
                LogOffBackplane(logger, e, connection.ConnectionId);
                await LeaveQuietlyAsync(connection);
            }
        }
        else
        {
            LogOffBackplane(logger, null, connection.ConnectionId);
        }

        OffBackplane.Mark(connection.Features);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection) =>
        !OffBackplane.Marks(connection.Features) ? backplane.OnDisconnectedAsync(connection) : Task.CompletedTask;

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendAllAsync(methodName, args, cancellationToken);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        backplane.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendConnectionAsync(connectionId, methodName, args, cancellationToken);

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken);

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendGroupAsync(groupName, methodName, args, cancellationToken);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendGroupsAsync(groupNames, methodName, args, cancellationToken);

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        backplane.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendUserAsync(userId, methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        backplane.SendUsersAsync(userIds, methodName, args, cancellationToken);

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        backplane.AddToGroupAsync(connectionId, groupName, cancellationToken);

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        backplane.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        backplane.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        backplane.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        backplane.TryGetReturnType(invocationId, out type);

    private async Task<bool> WaitForRedisAsync(CancellationToken aborted)
    {
        // On the monotonic clock: a wall clock set back must not keep a candidate waiting.
        var waiting = Stopwatch.StartNew();
        try
        {
            var connection = await redis.ConnectAsync().WaitAsync(Patience, aborted);
            while (!connection.IsConnected)
            {
                if (waiting.Elapsed >= Patience)
                {
                    return false;
                }

                await Task.Delay(LookEvery, aborted);
            }

            return true;
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The candidate left while it waited: nothing to subscribe.
            return false;
        }
        catch (TimeoutException)
        {
            // Its first try to connect has outlasted the patience.
            return false;
        }
    }

    private async Task LeaveQuietlyAsync(HubConnectionContext connection)
    {
        try
        {
            await backplane.OnDisconnectedAsync(connection);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Its subscription went nowhere either; Redis forgets it with this node's connection.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} came while Redis could not be reached; it is refused with nodes-unavailable")]
    private static partial void LogOffBackplane(ILogger logger, Exception? exception, string connectionId);
}
