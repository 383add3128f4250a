using Microsoft.Extensions.Options;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Sessions;

namespace MockInterviewer.Server.Hubs;

public static class HubExtensions
{
    // SignalR replays messages across a brief drop on the same node from this buffer; longer gaps, restarts
    // and other nodes are covered by JoinSession and the stored transcript.
    private const long StatefulReconnectBufferBytes = 256 * 1024;

    // Room for the JSON envelope around an answer of the longest accepted length.
    private const int EnvelopeBytes = 4 * 1024;

    public static WebApplicationBuilder AddInterviewHub(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR();
        builder.Services.AddOptions<Microsoft.AspNetCore.SignalR.HubOptions>()
            .Configure<IOptions<LimitsOptions>>((hub, limits) =>
            {
                // UTF-8 takes at most 4 bytes a character, so an answer at the limit always arrives and gets
                // our clear refusal instead of a dropped connection.
                hub.MaximumReceiveMessageSize = limits.Value.MaxAnswerChars * 4L + EnvelopeBytes;
                hub.StatefulReconnectBufferSize = StatefulReconnectBufferBytes;
            });
        builder.Services.AddSingleton<IInterviewEvents, HubInterviewEvents>();
        builder.Services.AddSingleton<SessionSettingsReader>();
        builder.Services.AddHostedService<InterviewClock>();
        return builder;
    }

    public static IEndpointRouteBuilder MapInterviewHub(this IEndpointRouteBuilder routes)
    {
        routes.MapHub<InterviewHub>(InterviewHubRoutes.Path, options => options.AllowStatefulReconnects = true);
        return routes;
    }
}
