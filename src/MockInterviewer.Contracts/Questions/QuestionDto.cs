namespace MockInterviewer.Contracts.Questions;

public sealed record QuestionDto(
    string Id,
    string Track,
    string Category,
    string Language,
    string Text,
    string Difficulty,
    string Rarity,
    IReadOnlyList<ReferencePointDto> ReferencePoints);

public sealed record ReferencePointDto(string Id, string Text);
