using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Storage;

/// <summary>Every assessment a session's answers received, oldest first, with when it was stored.</summary>
public sealed class AssessmentHistory(IDbContextFactory<InterviewDbContext> contexts)
{
    public async Task<IReadOnlyList<StoredAssessment>> ListAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Assessments.AsNoTracking()
            .Where(a => a.SessionId == sessionId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Json, a.At })
            .ToListAsync(cancellationToken);
        return records
            .Select(r => new StoredAssessment(JsonSerializer.Deserialize<Assessment>(r.Json, SessionJson.Options)!, r.At))
            .ToList();
    }
}

public sealed record StoredAssessment(Assessment Assessment, DateTimeOffset At);
