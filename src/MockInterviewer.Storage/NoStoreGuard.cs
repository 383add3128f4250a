namespace MockInterviewer.Storage;

/// <summary>For a database server: nothing like a SQLite file can vanish under the connections.</summary>
public sealed class NoStoreGuard : IStoreGuard
{
    public static NoStoreGuard Instance { get; } = new();

    public void EnsureIntact()
    {
    }
}
