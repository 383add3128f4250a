namespace MockInterviewer.Contracts.Sessions;

/// <param name="Status">active or completed.</param>
/// <param name="Assessments">The assessments already shown (feedback: after-each), in the order they were given.</param>
public sealed record JoinSessionResult(
    string SessionId,
    string Status,
    string? CurrentQuestionId,
    IReadOnlyList<TranscriptEntry> Transcript,
    string Mode,
    string Track,
    string Language,
    string Feedback,
    int QuestionIndex,
    int TotalQuestions,
    DateTimeOffset StartedAt,
    int? TimeLimitMinutes,
    IReadOnlyList<ShownAssessmentDto> Assessments);

/// <param name="Role">interviewer or candidate.</param>
/// <param name="Kind">An interviewer message kind, or answer.</param>
/// <param name="Drafted">The turn is about a question a model drafted for the session's job posting.</param>
public sealed record TranscriptEntry(string Role, string Kind, string Text, string? QuestionId, DateTimeOffset At, string MessageId, int QuestionIndex, bool Drafted = false);
