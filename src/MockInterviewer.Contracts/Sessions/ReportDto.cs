using MockInterviewer.Contracts.Assessments;

namespace MockInterviewer.Contracts.Sessions;

/// <param name="OverallScore">The mean over answered questions; skipped and unasked ones are never counted as 0.</param>
/// <param name="Highlights">The strongest moments across all questions, heaviest point first.</param>
/// <param name="Gaps">The biggest gaps across all questions, the most score lost first.</param>
/// <param name="Usage">Tokens spent on the model; null when the session ran offline.</param>
/// <param name="SummaryEngine">Who wrote <paramref name="Summary"/>: <c>llm</c> or <c>offline</c>.</param>
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
    string Engine,
    IReadOnlyList<ReportPointDto> Highlights,
    IReadOnlyList<ReportPointDto> Gaps,
    WordsDto Words,
    UsageDto? Usage,
    string SummaryEngine = "offline");

/// <param name="Status">answered, skipped, unanswered (asked, then the interview ended) or unasked.</param>
/// <param name="ModelAnswer">The bank's model answer once the question is behind the candidate, else null.</param>
/// <param name="Points">The assessment's points, heaviest first; a quote already shown higher up is left out.</param>
/// <param name="Drafted">A question a model drafted for the session's job posting (graded by the model only).</param>
/// <param name="NotGraded">Why its answer has no grade, when the model could not grade a drafted question: model-unavailable, unreadable-reply or budget-spent; else null.</param>
/// <param name="NotGradedMessage"><paramref name="NotGraded"/> as a sentence to the candidate, in the report's language.</param>
public sealed record ReportQuestionDto(
    string QuestionId,
    string Text,
    IReadOnlyList<string> Answers,
    AssessmentDto? Assessment,
    string Category,
    string CategoryTitle,
    bool Skipped,
    IReadOnlyList<AttemptDto> Attempts,
    string Status,
    int HintsUsed,
    string? ModelAnswer,
    IReadOnlyList<ReportPointDto> Points,
    bool Drafted = false,
    string? NotGraded = null,
    string? NotGradedMessage = null);

/// <param name="Weight">The point's share of its question's score (a question's weights sum to 100).</param>
/// <param name="Advice">The bank's advice to the candidate on a point not covered (second person); null for a covered point.</param>
public sealed record ReportPointDto(string QuestionId, string PointId, string Text, int Weight, string Status, string? Quote, string? Advice);

/// <param name="Verdict">Its spoken length against the one-minute target: too-short, good or too-long.</param>
public sealed record AttemptDto(string Answer, int Score, int EstimatedSeconds, string Verdict);

public sealed record CategoryScoreDto(string Id, string Title, int Score);

/// <param name="AverageAnswerSeconds">About how long the average answer takes to say (Korean syllables or English words at an interview pace).</param>
/// <param name="TargetAnswerSeconds">The mean target of the answered questions, to compare the average with.</param>
/// <param name="Lengths">Each answered question's answer length against its target.</param>
/// <param name="Attempts">The self-introduction's attempts side by side, first to last.</param>
/// <param name="AverageVerdict">The average against the target: too-short, good or too-long; null when nothing was answered.</param>
public sealed record WordsDto(
    IReadOnlyList<WordCountDto> MostUsed,
    IReadOnlyList<WordCountDto> Fillers,
    int AverageAnswerChars,
    int AverageAnswerSeconds,
    int TargetAnswerSeconds,
    IReadOnlyList<AnswerLengthDto> Lengths,
    IReadOnlyList<AttemptWordsDto> Attempts,
    string? AverageVerdict = null);

/// <param name="Verdict">The length against the target: too-short, good or too-long.</param>
public sealed record AnswerLengthDto(string QuestionId, int AverageChars, int AverageSeconds, int TargetSeconds, string Verdict);

/// <param name="Verdict">The length against the target: too-short, good or too-long.</param>
public sealed record AttemptWordsDto(int Attempt, int Chars, int EstimatedSeconds, int TargetSeconds, IReadOnlyList<WordCountDto> Fillers, IReadOnlyList<WordCountDto> MostUsed, string Verdict);

public sealed record WordCountDto(string Word, int Count);

public sealed record UsageDto(int PromptTokens, int CachedPromptTokens, int CompletionTokens);
