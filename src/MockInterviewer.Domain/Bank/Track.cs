namespace MockInterviewer.Domain.Bank;

public sealed record Track(
    string Id,
    LocalizedText Title,
    IReadOnlyDictionary<string, LocalizedText> Categories);
