using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Telemetry;

namespace MockInterviewer.Server.Telemetry;

/// <summary>
/// Gives every hub command a span and, when it names a session, a logging scope with <c>SessionId</c>, so whatever the
/// command logs (a refusal, a failure deep in the store) says which interview it was about.
/// </summary>
public sealed class SessionTelemetryFilter(ILogger<SessionTelemetryFilter> logger) : IHubFilter
{
    // Longer than any id the server hands out: a hostile client's megabyte of "session id" is not logged.
    private const int MaxSessionIdLength = 64;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var sessionId = SessionIdOf(invocationContext);
        using var span = InterviewTelemetry.StartRootSpan($"{nameof(Hubs.InterviewHub)}/{invocationContext.HubMethodName}", sessionId, ActivityKind.Server);
        using var scope = sessionId is null ? null : logger.BeginScope(new SessionScope(sessionId));
        try
        {
            var result = await next(invocationContext);
            if (result is StartSessionResult started)
            {
                span?.SetTag(InterviewTelemetry.SessionIdTag, started.SessionId);
            }

            return result;
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error, e is HubException ? e.Message : e.GetType().Name);
            throw;
        }
    }

    private static string? SessionIdOf(HubInvocationContext invocation)
    {
        var parameters = invocation.HubMethod.GetParameters();
        return parameters.Length > 0 && parameters[0].Name == "sessionId"
            && invocation.HubMethodArguments.Count > 0 && invocation.HubMethodArguments[0] is string { Length: > 0 and <= MaxSessionIdLength } id
            ? id
            : null;
    }
}
