using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Contracts.Hub;

public sealed record MessageDeltaEvent(string SessionId, string MessageId, string Text);

/// <summary>Forget the pieces of this message received so far; the pieces that follow, if any, start it again.</summary>
public sealed record MessageResetEvent(string SessionId, string MessageId);

/// <param name="Kind">greeting, question, follow-up, hint, feedback or closing.</param>
/// <param name="Drafted">The message is about a question a model drafted for the session's job posting, not one of the bank's.</param>
public sealed record MessageCompletedEvent(
    string SessionId,
    string MessageId,
    string Kind,
    string Text,
    string? QuestionId,
    int QuestionIndex,
    int TotalQuestions,
    bool Drafted = false);

public sealed record AnswerAssessedEvent(string SessionId, string QuestionId, AssessmentDto Assessment);

public sealed record SessionCompletedEvent(string SessionId, ReportDto Report);

public sealed record SessionErrorEvent(string SessionId, string Code, string Message);
