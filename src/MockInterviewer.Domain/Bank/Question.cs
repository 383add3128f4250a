namespace MockInterviewer.Domain.Bank;

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
    IReadOnlyList<string> AlsoIn)
{
    public bool BelongsTo(string track) =>
        string.Equals(Track, track, StringComparison.Ordinal) || AlsoIn.Contains(track, StringComparer.Ordinal);

    public ReferencePoint? FindPoint(string pointId) =>
        ReferencePoints.FirstOrDefault(p => string.Equals(p.Id, pointId, StringComparison.Ordinal));
}
