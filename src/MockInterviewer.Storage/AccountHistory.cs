using Microsoft.EntityFrameworkCore;
using MockInterviewer.Contracts;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Practice;

namespace MockInterviewer.Storage;

/// <summary>What an account has practised: its sessions and every result of its reference points.</summary>
public sealed class AccountHistory(IDbContextFactory<InterviewDbContext> contexts)
{
    /// <returns>The account's sessions, newest first.</returns>
    public async Task<IReadOnlyList<InterviewSession>> SessionsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var states = await db.Sessions.AsNoTracking()
            .Where(s => s.OwnerId == userId)
            .Select(s => s.StateJson)
            .ToListAsync(cancellationToken);
        return states
            .Select(SessionJson.ReadSession)
            .OrderByDescending(s => s.StartedAt)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<PointResult>> PointResultsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.PointResults.AsNoTracking()
            .Join(db.Sessions.Where(s => s.OwnerId == userId), p => p.SessionId, s => s.Id, (p, _) => p)
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new PointResult(
                r.SessionId, r.QuestionId, r.PointId,
                WireNames.Parse<PointStatus>(r.Status),
                WireNames.Parse<GradingEngine>(r.Engine),
                r.At))
            .ToList();
    }
}
