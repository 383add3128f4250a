using MockInterviewer.Contracts.Assessments;

namespace MockInterviewer.Contracts.Sessions;

public sealed record ReportDto(
    string SessionId,
    string Mode,
    string Track,
    string Language,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    int OverallScore,
    string Summary,
    IReadOnlyList<ReportQuestionDto> Questions,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements,
    IReadOnlyList<CategoryScoreDto> Categories,
    string Engine);

public sealed record ReportQuestionDto(
    string QuestionId,
    string Text,
    IReadOnlyList<string> Answers,
    AssessmentDto? Assessment,
    string Category,
    string CategoryTitle,
    bool Skipped,
    IReadOnlyList<AttemptDto> Attempts);

public sealed record AttemptDto(string Answer, int Score, int EstimatedSeconds);

public sealed record CategoryScoreDto(string Id, string Title, int Score);
