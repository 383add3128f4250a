using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace MockInterviewer.Server.Hubs;

/// <summary>
/// What each open connection to the hub costs the server while the candidate reads or thinks, kept small: an idle
/// candidate holds one WebSocket and nothing else.
/// </summary>
public static class HubTransport
{
    private const string NegotiateSegment = "/negotiate";

    // Per connection, on the node the connection is on: the messages the client has not acknowledged yet (it acks
    // about once a second), replayed when a dropped WebSocket comes back to this same node. It must hold what a
    // few seconds' drop leaves unacknowledged while the interviewer streams: a long message's deltas (each one
    // travels in its own envelope), its completion and the report, which can run to tens of KB. Beyond it the
    // node holds back sends to that connection until the client acks, so a too-small buffer slows a reconnecting
    // candidate's stream. It is filled only as messages go out unacknowledged, so an idle session costs nothing;
    // the worst case is this size times the connections that lag at once. A reconnect that lands on another
    // node, or comes after a restart, finds no buffer: the client joins again and JoinSession returns the
    // stored transcript.
    private const long StatefulReconnectBufferBytes = 256 * 1024;

    /// <summary>
    /// The negotiate request is the last plain HTTP request a candidate's page makes before it sits on its WebSocket
    /// for the whole interview (the WebSocket opens its own TCP connection). Left open, the connection that carried
    /// it would idle for Kestrel's keep-alive (130 s) and cost as much again as the WebSocket itself; closed, the
    /// next plain request (a rare reconnect's negotiate, the report) opens a new one.
    /// </summary>
    public static HubEndpointConventionBuilder CloseConnectionAfterNegotiate(this HubEndpointConventionBuilder hub)
    {
        hub.Add(endpoint =>
        {
            var next = endpoint.RequestDelegate;
            if (next is null)
            {
                return;
            }

            endpoint.RequestDelegate = context =>
            {
                if (context.Request.Path.Value?.EndsWith(NegotiateSegment, StringComparison.Ordinal) == true)
                {
                    context.Response.Headers.Connection = "close";
                }

                return next(context);
            };
        });
        return hub;
    }

    /// <summary>The transports' options for the hub's endpoint: a dropped WebSocket may come back and be replayed to.</summary>
    public static void Configure(HttpConnectionDispatcherOptions options)
    {
        options.AllowStatefulReconnects = true;
    }

    /// <summary>The hub's side of the same: how much it keeps for a connection that may come back.</summary>
    public static void Configure(HubOptions hub)
    {
        hub.StatefulReconnectBufferSize = StatefulReconnectBufferBytes;
    }
}
