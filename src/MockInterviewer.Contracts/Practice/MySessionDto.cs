namespace MockInterviewer.Contracts.Practice;

/// <summary>One of the signed-in candidate's sessions, as <c>GET /api/me/sessions</c> lists them (newest first).</summary>
/// <param name="OverallScore">The report's overall score; null while no question has been answered.</param>
public sealed record MySessionDto(
    string SessionId,
    string Mode,
    string Track,
    string Language,
    DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt,
    int? OverallScore);
