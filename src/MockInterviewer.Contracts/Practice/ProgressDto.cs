using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Contracts.Practice;

/// <summary><c>GET /api/me/progress</c>: scores over time, oldest first, and reference points, the ones to practise first on top.</summary>
public sealed record ProgressDto(IReadOnlyList<SessionScoreDto> Scores, IReadOnlyList<PointProgressDto> Points);

/// <param name="At">When the session ended, or started while it goes on.</param>
/// <param name="Categories">The session's score per category, for a trend per category.</param>
public sealed record SessionScoreDto(string SessionId, string Track, DateTimeOffset At, int Score, IReadOnlyList<CategoryScoreDto> Categories);

/// <param name="Mastery">0 (never shown) to 1 (shown every time lately).</param>
/// <param name="DueAt">When the point should come back for review.</param>
public sealed record PointProgressDto(
    string QuestionId,
    string PointId,
    string Text,
    int Attempts,
    string LastStatus,
    double Mastery,
    DateTimeOffset DueAt);
