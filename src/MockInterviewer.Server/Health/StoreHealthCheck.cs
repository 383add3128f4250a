using Microsoft.Extensions.Diagnostics.HealthChecks;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Health;

/// <summary>Ready only while the store can be written (and, for SQLite, its file is still there).</summary>
public sealed partial class StoreHealthCheck(StoreProbe probe, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await probe.EnsureWritableAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database can be written.");
        }
        catch (StoreUnavailableException e)
        {
            // The reason (a path, a server's name) goes to the log, not to whoever asks.
            LogNotReady(logger, e.Message);
            return HealthCheckResult.Unhealthy("The database cannot be written just now.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not ready: {Reason}")]
    private static partial void LogNotReady(ILogger logger, string reason);
}
