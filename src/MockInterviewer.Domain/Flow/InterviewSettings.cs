using System.Text.Json.Serialization;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Flow;

/// <param name="TimeLimitMinutes">Null or 0 for no limit.</param>
public sealed record InterviewSettings(
    InterviewMode Mode,
    string Track,
    Language Language,
    int QuestionCount,
    int? TimeLimitMinutes,
    FeedbackTiming Feedback)
{
    public const int MaxFollowUpsPerQuestion = 2;
    public const int MaxSelfIntroAttempts = 5;
    public const int MaxHintsPerQuestion = 3;

    public InterviewFocus Focus { get; init; }

    /// <summary>The job posting the candidate pasted, which the plan leans to; null when none.</summary>
    public string? JobPosting { get; init; }

    [JsonIgnore]
    public TimeSpan? TimeLimit => TimeLimitMinutes is > 0 ? TimeSpan.FromMinutes(TimeLimitMinutes.Value) : null;
}
