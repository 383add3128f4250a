namespace MockInterviewer.Storage;

/// <summary>A session's state was written by a newer server, in a schema this one does not know.</summary>
public sealed class StoredStateVersionException(int stored, int known) : Exception(
    $"A stored session's state has schema version {stored}, newer than this server reads ({known}): run the newer server version on this database.")
{
    public int StoredVersion { get; } = stored;
}
