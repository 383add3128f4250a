using Microsoft.EntityFrameworkCore;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage;

/// <summary>Proves the store can be written now, for readiness: an update that matches no row still takes the write lock.</summary>
public sealed class StoreProbe(IDbContextFactory<InterviewDbContext> contexts, IEnumerable<IStoreGuard> guards)
{
    /// <exception cref="StoreUnavailableException">The store cannot be written.</exception>
    public async Task EnsureWritableAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var guard in guards)
            {
                guard.EnsureIntact();
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Sessions.Where(s => s.Id == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, r => r.Status), cancellationToken);
        }
        catch (Exception e) when (StoreFaults.IsUnavailable(e))
        {
            throw StoreFaults.Unavailable(e);
        }
    }
}
