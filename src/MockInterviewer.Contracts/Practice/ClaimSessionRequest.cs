namespace MockInterviewer.Contracts.Practice;

/// <summary><c>POST /api/me/sessions/claim</c>: a guest's session, with the resume token StartSession returned for it.</summary>
public sealed record ClaimSessionRequest(string? SessionId, string? ResumeToken);
