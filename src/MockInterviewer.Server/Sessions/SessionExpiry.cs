using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Sessions;

/// <summary>
/// Closes interviews nobody has acted in for <c>Sessions:IdleTimeoutMinutes</c> (through the interview service, so each
/// closes once, under the session's gate) and erases their resume tokens; a finished interview's token goes after the
/// same idle time. A signed-in owner still finds the report through the account; a guest's token opens nothing more.
/// </summary>
public sealed partial class SessionExpiry(
    InterviewService interviews,
    SessionAccess access,
    IOptions<SessionsOptions> options,
    TimeProvider clock,
    ILogger<SessionExpiry> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await ExpireAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogExpiryFailed(logger, e);
            }
        }
    }

    public async Task ExpireAsync(CancellationToken cancellationToken)
    {
        var lastActiveBefore = clock.GetUtcNow() - options.Value.IdleTimeout;
        foreach (var sessionId in await interviews.ExpireIdleAsync(lastActiveBefore, cancellationToken))
        {
            await access.ForgetTokenAsync(sessionId, cancellationToken);
            LogExpired(logger, sessionId, options.Value.IdleTimeoutMinutes);
        }

        await access.ForgetIdleTokensAsync(lastActiveBefore, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} closed after {Minutes} minutes without activity; its resume token is erased")]
    private static partial void LogExpired(ILogger logger, string sessionId, int minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiring idle sessions failed; trying again shortly")]
    private static partial void LogExpiryFailed(ILogger logger, Exception exception);
}
