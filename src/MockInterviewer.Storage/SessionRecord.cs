namespace MockInterviewer.Storage;

public sealed class SessionRecord
{
    public required string Id { get; set; }

    /// <summary>SHA-256 of the resume token; the token itself is never stored.</summary>
    public byte[]? ResumeTokenHash { get; set; }

    /// <summary>The account the session belongs to; null for a guest's.</summary>
    public string? OwnerId { get; set; }

    public required string Status { get; set; }

    /// <summary>When the time limit runs out, in Unix milliseconds (comparable in SQL on every provider).</summary>
    public long? DeadlineUnixMs { get; set; }

    /// <summary>When the session was last saved, in Unix milliseconds: idle expiry compares it in SQL on every provider.</summary>
    public long LastActiveUnixMs { get; set; }

    public required string StateJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Goes up by one with every save; a save made from an older version is refused (a concurrency token).</summary>
    public int Version { get; set; }

    public List<TurnRecord> Turns { get; set; } = [];
}
