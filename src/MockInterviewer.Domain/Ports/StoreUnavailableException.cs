namespace MockInterviewer.Domain.Ports;

/// <summary>
/// The store cannot be written or read just now (locked, read-only, gone, unreachable). Nothing of the refused
/// call was stored: the caller may send it again once the store is back.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    public const string Code = "storage-unavailable";
}
