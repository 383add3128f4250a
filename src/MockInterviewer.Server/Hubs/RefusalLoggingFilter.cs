using Microsoft.AspNetCore.SignalR;

namespace MockInterviewer.Server.Hubs;

/// <summary>
/// Logs what went wrong in a hub call at the level it deserves: a refusal (a HubException carrying its code,
/// such as answer-not-expected or hint-limit) is the product working and is logged as information; anything
/// else is an error. SignalR's own dispatcher would log both as errors with a stack trace, so it is silenced.
/// </summary>
public sealed partial class RefusalLoggingFilter(ILogger<RefusalLoggingFilter> logger) : IHubFilter
{
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException refusal)
        {
            LogRefused(logger, invocationContext.HubMethodName, refusal.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, invocationContext.HubMethodName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The hub method {Method} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method);
}
