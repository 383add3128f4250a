using System.Text.Json.Serialization;

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

    /// <summary>
    /// What a drafted question's id starts with. The bank's ids are kebab-case, so none can start so: an id alone
    /// says whether its question belongs to the bank or to one session (see <see cref="Drafted"/>).
    /// </summary>
    public const string DraftedIdPrefix = "drafted:";

    /// <summary>A question a model drafted for one session's job posting: only the model grades it, and no review asks it again.</summary>
    [JsonIgnore]
    public bool Drafted => IsDraftedId(Id);

    public static bool IsDraftedId(string? questionId) =>
        questionId?.StartsWith(DraftedIdPrefix, StringComparison.Ordinal) == true;

    public bool BelongsTo(string track) =>
        string.Equals(Track, track, StringComparison.Ordinal) || AlsoIn.Contains(track, StringComparer.Ordinal);

    public ReferencePoint? FindPoint(string pointId) =>
        ReferencePoints.FirstOrDefault(p => string.Equals(p.Id, pointId, StringComparison.Ordinal));
}
