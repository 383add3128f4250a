using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MockInterviewer.Contracts;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Practice;

namespace MockInterviewer.Storage;

/// <summary>Sessions, turns, assessments and their reference points' results in the database; each save is one transaction.</summary>
public sealed class EfSessionStore(IDbContextFactory<InterviewDbContext> contexts, TimeProvider clock) : ISessionStore
{
    public async Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        return record is null ? null : SessionJson.ReadSession(record.StateJson);
    }

    public async Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Sessions.FirstOrDefaultAsync(s => s.Id == session.Id, cancellationToken);
        if (record is null)
        {
            // Turns stored before, yet no session: it was deleted with its account while its interviewer was still
            // at work. What the work produced goes with it rather than bringing the session back as a guest's.
            if (session.TurnCount > newTurns.Count)
            {
                return;
            }

            record = new SessionRecord { Id = session.Id, Status = "", StateJson = "" };
            db.Sessions.Add(record);
        }

        record.Status = WireNames.Of(session.Status);
        record.DeadlineUnixMs = session.Settings.TimeLimit is { } limit ? (session.StartedAt + limit).ToUnixTimeMilliseconds() : null;
        record.StateJson = JsonSerializer.Serialize(session, SessionJson.Options);
        var now = clock.GetUtcNow();
        record.UpdatedAt = now;
        record.LastActiveUnixMs = now.ToUnixTimeMilliseconds();

        db.Turns.AddRange(newTurns.Select(t => new TurnRecord
        {
            SessionId = t.SessionId,
            Sequence = t.Sequence,
            MessageId = t.MessageId,
            Role = WireNames.Of(t.Role),
            Kind = WireNames.Of(t.Kind),
            Text = t.Text,
            QuestionId = t.QuestionId,
            QuestionIndex = t.QuestionIndex,
            At = t.At,
            ClientMessageId = t.ClientMessageId,
        }));
        db.Assessments.AddRange(newAssessments.Select(a => new AssessmentRecord
        {
            SessionId = session.Id,
            QuestionId = a.QuestionId,
            Score = a.Score,
            Engine = WireNames.Of(a.Engine),
            Json = JsonSerializer.Serialize(a, SessionJson.Options),
            At = now,
        }));
        db.PointResults.AddRange(newAssessments.SelectMany(a => PointResult.Of(session.Id, a, now)).Select(p => new PointResultRecord
        {
            SessionId = p.SessionId,
            QuestionId = p.QuestionId,
            PointId = p.PointId,
            Status = WireNames.Of(p.Status),
            Engine = WireNames.Of(p.Engine),
            At = p.At,
        }));

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> HasAnswerAsync(string sessionId, string clientMessageId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Turns.AnyAsync(t => t.SessionId == sessionId && t.ClientMessageId == clientMessageId, cancellationToken);
    }

    public async Task<IReadOnlyList<Turn>> TranscriptAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var turns = await db.Turns.AsNoTracking()
            .Where(t => t.SessionId == sessionId)
            .OrderBy(t => t.Sequence)
            .ToListAsync(cancellationToken);
        return turns.Select(t => new Turn(
            t.SessionId, t.Sequence, t.MessageId,
            WireNames.Parse<Role>(t.Role),
            WireNames.Parse<MessageKind>(t.Kind),
            t.Text, t.QuestionId, t.QuestionIndex, t.At, t.ClientMessageId)).ToList();
    }

    public async Task<IReadOnlyList<string>> OverdueSessionsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nowMs = now.ToUnixTimeMilliseconds();
        var active = WireNames.Of(SessionStatus.Active);
        return await db.Sessions.AsNoTracking()
            .Where(s => s.Status == active && s.DeadlineUnixMs != null && s.DeadlineUnixMs <= nowMs)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> IdleSessionsAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Idle(db, lastActiveBefore).Select(s => s.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> IsIdleAsync(string sessionId, DateTimeOffset lastActiveBefore, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Idle(db, lastActiveBefore).AnyAsync(s => s.Id == sessionId, cancellationToken);
    }

    private static IQueryable<SessionRecord> Idle(InterviewDbContext db, DateTimeOffset lastActiveBefore)
    {
        var beforeMs = lastActiveBefore.ToUnixTimeMilliseconds();
        var active = WireNames.Of(SessionStatus.Active);
        return db.Sessions.AsNoTracking().Where(s => s.Status == active && s.LastActiveUnixMs < beforeMs);
    }
}
