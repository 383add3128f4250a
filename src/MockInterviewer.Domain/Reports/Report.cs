using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain.Reports;

/// <param name="OverallScore">The mean over answered questions only; skipped and unasked ones are labelled, never counted as 0.</param>
/// <param name="Highlights">The strongest moments across all questions, heaviest point first, each with its quote.</param>
/// <param name="Gaps">The biggest gaps across all questions, the most score lost first.</param>
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
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<ReportPoint> Highlights,
    IReadOnlyList<ReportPoint> Gaps,
    WordStats Words)
{
    /// <summary>Who wrote <see cref="Summary"/>: the model, or the offline phrases.</summary>
    public GradingEngine SummaryEngine { get; init; }

    /// <summary>Tokens spent on the model; null when the session never used one.</summary>
    public TokenUsage? Usage { get; init; }
}

/// <param name="Assessment">Null unless the question was answered.</param>
/// <param name="ModelAnswer">The bank's model answer, once the question is behind the candidate; null before.</param>
/// <param name="Points">The assessment's points, heaviest first, each quote left out when the report already showed it.</param>
public sealed record QuestionReport(
    string QuestionId,
    string Text,
    string Category,
    string CategoryTitle,
    IReadOnlyList<string> Answers,
    Assessment? Assessment,
    QuestionOutcome Outcome,
    int HintsUsed,
    string? ModelAnswer,
    IReadOnlyList<ReportPoint> Points,
    IReadOnlyList<SelfIntroAttempt> Attempts)
{
    public bool Skipped => Outcome == QuestionOutcome.Skipped;

    /// <summary>A question a model drafted for the session's job posting, not one of the bank's.</summary>
    public bool Drafted { get; init; }

    /// <summary>Why the answer has no grade (a drafted question the model could not grade); null otherwise.</summary>
    public UngradedReason? NotGraded { get; init; }

    /// <summary><see cref="NotGraded"/> said to the candidate, in the session's language.</summary>
    public string? NotGradedText { get; init; }
}

/// <summary>Only answered questions count towards a category's score.</summary>
public sealed record CategoryScore(string Id, string Title, int Score);
