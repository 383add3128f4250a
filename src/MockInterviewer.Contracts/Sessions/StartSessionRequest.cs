namespace MockInterviewer.Contracts.Sessions;

/// <param name="Mode">interview, self-intro or behavioral.</param>
/// <param name="Feedback">after-each or at-end.</param>
public sealed record StartSessionRequest(
    string Mode,
    string? Track,
    string Language,
    int? QuestionCount,
    int? TimeLimitMinutes,
    string? Feedback)
{
    /// <summary>general (the default) or review: the signed-in candidate's due reference points first.</summary>
    public string? Focus { get; init; }

    /// <summary>A job posting the interview leans to; null or empty for none.</summary>
    public string? JobPosting { get; init; }
}

public sealed record StartSessionResult(string SessionId, string ResumeToken, int TotalQuestions);
