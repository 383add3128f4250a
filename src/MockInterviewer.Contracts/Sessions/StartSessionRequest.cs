namespace MockInterviewer.Contracts.Sessions;

/// <param name="Mode">interview, self-intro or behavioral.</param>
/// <param name="Feedback">after-each or at-end.</param>
public sealed record StartSessionRequest(
    string Mode,
    string? Track,
    string Language,
    int? QuestionCount,
    int? TimeLimitMinutes,
    string? Feedback);

public sealed record StartSessionResult(string SessionId, string ResumeToken, int TotalQuestions);
