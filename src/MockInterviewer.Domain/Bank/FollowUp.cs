namespace MockInterviewer.Domain.Bank;

public sealed record FollowUp(string ProbesPointId, StarStep? Star, LocalizedText Text);
