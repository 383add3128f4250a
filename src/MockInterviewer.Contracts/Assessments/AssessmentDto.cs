namespace MockInterviewer.Contracts.Assessments;

/// <param name="Status">covered, partial, missing or incorrect.</param>
/// <param name="Evidence">A verbatim quote from the answer, or null.</param>
public sealed record AssessedPointDto(string Id, string Text, string Status, string? Evidence);

/// <param name="Engine">offline or llm.</param>
/// <param name="Misreading">What the answer seems to have answered instead of the question, or null.</param>
/// <param name="HintsUsed">Hints given on the question before this answer; each costs a little of the score.</param>
public sealed record AssessmentDto(
    string QuestionId,
    int Score,
    IReadOnlyList<AssessedPointDto> Points,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements,
    string? FollowUp,
    string Engine,
    string? Misreading = null,
    int HintsUsed = 0);
