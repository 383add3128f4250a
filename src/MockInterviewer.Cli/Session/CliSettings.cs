namespace MockInterviewer.Cli.Session;

/// <summary>What the candidate asked for on the command line.</summary>
/// <param name="ResumeDelays">The pauses between attempts to get a dropped connection back; after the last, the client gives up.</param>
/// <param name="AttemptTimeout">How long one attempt to reconnect and rejoin may take before the next.</param>
public sealed record CliSettings(
    Uri Server,
    string Mode,
    string? Track,
    string Language,
    int? Questions,
    int? TimeLimitMinutes,
    string Feedback,
    IReadOnlyList<TimeSpan> ResumeDelays,
    TimeSpan AttemptTimeout)
{
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(10);

    public static readonly IReadOnlyList<TimeSpan> DefaultResumeDelays =
        [TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];

    public static readonly IReadOnlyList<TimeSpan> DefaultSaveRetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];

    /// <summary>
    /// The pauses before an answer the server could not store (<c>storage-unavailable</c>) is sent again by itself;
    /// after the last, the refusal is shown.
    /// </summary>
    public IReadOnlyList<TimeSpan> SaveRetryDelays { get; init; } = DefaultSaveRetryDelays;
}
