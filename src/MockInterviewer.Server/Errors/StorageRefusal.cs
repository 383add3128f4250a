using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Errors;

/// <summary>What a client hears when the database cannot be written or read: the same code and words on the hub and over HTTP.</summary>
public static class StorageRefusal
{
    /// <summary>A moment, sent as Retry-After: long enough for a lock to pass, short enough that a resend soon succeeds.</summary>
    public const int RetryAfterSeconds = 5;

    public static Refusal Refusal { get; } = new(StoreUnavailableException.Code,
        "Saving is not possible right now, so nothing of this was stored. Anything you typed is kept: send it again in a moment.");

    public static bool IsStorageFault(Exception exception) => StoreFaults.IsUnavailable(exception);
}
