using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Server.Hubs;

/// <summary>Closes interviews whose time limit has passed, even while the candidate is silent.</summary>
public sealed partial class InterviewClock(InterviewService interviews, ILogger<InterviewClock> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await interviews.CloseOverdueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCloseFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing overdue interviews failed; trying again shortly")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception);
}
