namespace MockInterviewer.Contracts.Questions;

public sealed record TrackDto(string Id, string Title, int QuestionCount, IReadOnlyList<CategoryDto> Categories);

public sealed record CategoryDto(string Id, string Title);
