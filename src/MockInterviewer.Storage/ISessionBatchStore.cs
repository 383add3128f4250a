namespace MockInterviewer.Storage;

/// <summary>A store that can take several sessions' saves in one transaction (one commit, one flush to disk).</summary>
public interface ISessionBatchStore
{
    /// <summary>All of <paramref name="saves"/> are stored, or none; no session appears twice.</summary>
    Task SaveAllAsync(IReadOnlyList<SessionSave> saves, CancellationToken cancellationToken);
}
