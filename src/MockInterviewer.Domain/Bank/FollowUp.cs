namespace MockInterviewer.Domain.Bank;

/// <param name="Hint">A nudge toward the point the follow-up probes, never the point itself; null when the bank gives none.</param>
public sealed record FollowUp(string ProbesPointId, StarStep? Star, LocalizedText Text, LocalizedText? Hint = null);
