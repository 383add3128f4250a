using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Sessions;
using MockInterviewer.Server.Telemetry;

namespace MockInterviewer.Server.Hubs;

public static class HubExtensions
{
    // In JSON every UTF-16 unit of an answer may travel as a six-byte \uXXXX escape (control characters, and
    // non-ASCII text from clients that escape it); four bytes of UTF-8 a character is not the worst case.
    internal const int MaxJsonBytesPerChar = 6;

    // The envelope around the answer: framing, method name, invocation id, session id and client message id,
    // themselves escaped at worst.
    internal const int EnvelopeBytes = 4 * 1024;

    public static WebApplicationBuilder AddInterviewHub(this WebApplicationBuilder builder)
    {
        // Outermost first: the refusal is logged inside the command's span and session scope.
        builder.Services.AddSignalR(hub =>
        {
            hub.AddFilter<SessionTelemetryFilter>();
            hub.AddFilter<RefusalLoggingFilter>();
            hub.AddFilter<StorageUnavailableFilter>();
        });
        builder.Logging.AddFilter(RefusalLoggingFilter.DispatcherCategory, LogLevel.None);
        builder.Services.AddOptions<HubOptions>()
            .Configure<IOptions<LimitsOptions>>((hub, limits) =>
            {
                // An answer of any length up to the limit always arrives, so one over it gets the clear refusal
                // from AnswerRules instead of a dropped connection.
                hub.MaximumReceiveMessageSize = limits.Value.MaxAnswerChars * (long)MaxJsonBytesPerChar + EnvelopeBytes;
                HubTransport.Configure(hub);
            });
        UseArgumentExplainingProtocol(builder.Services);
        builder.Services.AddSingleton<IInterviewEvents, HubInterviewEvents>();
        builder.Services.AddSingleton<SessionSettingsReader>();
        builder.Services.AddSingleton<SessionPlanning>();
        builder.Services.AddHostedService<InterviewClock>();
        builder.Services.AddHostedService<SessionExpiry>();
        return builder;
    }

    public static IEndpointRouteBuilder MapInterviewHub(this IEndpointRouteBuilder routes)
    {
        routes.MapHub<InterviewHub>(InterviewHubRoutes.Path, HubTransport.Configure).CloseConnectionAfterNegotiate();
        return routes;
    }

    // Takes the place of the JSON protocol AddSignalR registered.
    private static void UseArgumentExplainingProtocol(IServiceCollection services)
    {
        var json = services.Single(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType == typeof(JsonHubProtocol));
        services.Remove(json);
        services.AddSingleton<IHubProtocol>(sp => new ArgumentExplainingProtocol(
            new JsonHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>()),
            HubSignatures.Of<InterviewHub>()));
    }
}
