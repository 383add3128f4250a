namespace MockInterviewer.Storage;

/// <summary>A check, before each write and each readiness probe, that the store is still the one the server started with.</summary>
public interface IStoreGuard
{
    /// <exception cref="Domain.Ports.StoreUnavailableException">The store is no longer fit to be written.</exception>
    void EnsureIntact();
}
