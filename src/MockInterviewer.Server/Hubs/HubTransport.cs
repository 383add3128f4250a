using Microsoft.AspNetCore.Http.Connections;

namespace MockInterviewer.Server.Hubs;

/// <summary>
/// What each open connection to the hub costs the server while the candidate reads or thinks, kept small: an idle
/// candidate holds one WebSocket and nothing else.
/// </summary>
public static class HubTransport
{
    private const string NegotiateSegment = "/negotiate";

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

    /// <summary>The transports' options for the hub's endpoint.</summary>
    public static void Configure(HttpConnectionDispatcherOptions options)
    {
        options.AllowStatefulReconnects = true;
    }
}
