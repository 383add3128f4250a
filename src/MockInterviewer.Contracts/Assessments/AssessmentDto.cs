namespace MockInterviewer.Contracts.Assessments;

/// <param name="Status">covered, partial or missing.</param>
/// <param name="Evidence">A verbatim quote from the answer, or null.</param>
public sealed record AssessedPointDto(string Id, string Text, string Status, string? Evidence);

/// <param name="Engine">offline or llm.</param>
public sealed record AssessmentDto(
    string QuestionId,
    int Score,
    IReadOnlyList<AssessedPointDto> Points,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements,
    string? FollowUp,
    string Engine);
