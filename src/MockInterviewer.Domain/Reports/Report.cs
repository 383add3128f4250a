using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Reports;

public sealed record Report(
    string SessionId,
    InterviewMode Mode,
    string Track,
    Language Language,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    int OverallScore,
    string Summary,
    IReadOnlyList<QuestionReport> Questions,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements,
    IReadOnlyList<CategoryScore> Categories);

/// <param name="Assessment">Null when the question was skipped or never reached.</param>
public sealed record QuestionReport(
    string QuestionId,
    string Text,
    string Category,
    string CategoryTitle,
    IReadOnlyList<string> Answers,
    Assessment? Assessment,
    bool Skipped,
    IReadOnlyList<SelfIntroAttempt> Attempts);

public sealed record CategoryScore(string Id, string Title, int Score);
