namespace MockInterviewer.Domain.Bank;

/// <param name="Source">The source document's original wording of the question, kept for reference; null when none.</param>
public sealed record Question(
    string Id,
    string Track,
    string Category,
    Difficulty Difficulty,
    Rarity Rarity,
    LocalizedText Text,
    IReadOnlyList<ReferencePoint> ReferencePoints,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<LocalizedText> Hints,
    LocalizedText ModelAnswer,
    IReadOnlyList<string> AlsoIn,
    string? Source)
{
    /// <summary>
    /// A question about the candidate (their story, their views) rather than a subject: restating its rubric is
    /// no answer ("my strength is a concrete strength"), whereas restating a definition answers a technical one.
    /// </summary>
    public bool Personal { get; init; }

    /// <summary>Likely misreadings of the question, when it has any.</summary>
    public IReadOnlyList<LikelyMisreading> Misreadings { get; init; } = [];

    public bool BelongsTo(string track) =>
        string.Equals(Track, track, StringComparison.Ordinal) || AlsoIn.Contains(track, StringComparer.Ordinal);

    public ReferencePoint? FindPoint(string pointId) =>
        ReferencePoints.FirstOrDefault(p => string.Equals(p.Id, pointId, StringComparison.Ordinal));
}
