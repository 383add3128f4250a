using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Nodes;

/// <summary>
/// Closes a connection that <see cref="PatientBackplane{THub}"/> let in without the backplane, with a coded reason
/// rather than a bare close: through the hub's own close message, "HubException: nodes-unavailable: ...".
/// </summary>
public sealed class NodesUnavailableFilter : IHubFilter
{
    public static readonly Refusal Refusal = new("nodes-unavailable",
        "The servers cannot reach each other for a moment, so this connection cannot be served; connect again in a moment.");

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next) =>
        OffBackplane.Marks(context.Context.Features) ? throw Refusal.ToHubException() : next(context);
}
