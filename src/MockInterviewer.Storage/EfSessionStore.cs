using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MockInterviewer.Contracts;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Practice;

namespace MockInterviewer.Storage;

/// <summary>Sessions, turns, assessments and their reference points' results in the database; each save is one transaction.</summary>
public sealed class EfSessionStore(IDbContextFactory<InterviewDbContext> contexts, TimeProvider clock) : ISessionStore, ISessionBatchStore
{
    // Read once and dropped: through a borrowed buffer, with no UTF-8 copy of the state kept.
    public async Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await FindRowAsync(sessionId, cancellationToken) is not { } row)
        {
            return null;
        }

        var session = SessionJson.ReadSession(row.StateJson);
        session.Revision = row.Version;
        return session;
    }

    /// <summary>The session's state as stored, not yet read into a session: to be remembered and read again.</summary>
    public async Task<StoredState?> FindStateAsync(string sessionId, CancellationToken cancellationToken) =>
        await FindRowAsync(sessionId, cancellationToken) is { } row ? StoredState.FromText(row.StateJson, row.Version) : null;

    private async Task<(string StateJson, int Version)?> FindRowAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new { s.StateJson, s.Version })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.StateJson, row.Version);
    }

    public Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken) =>
        SaveAllAsync([new SessionSave(session, newTurns, newAssessments)], cancellationToken);

    /// <summary>Several sessions' saves in one transaction: all are stored, or none.</summary>
    public async Task SaveAllAsync(IReadOnlyList<SessionSave> saves, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAllAsync(saves, readFirst: false, cancellationToken);
        }
        catch (SessionConflictException) when (saves is [{ Session.Revision: > 0 }])
        {
            if (await ExistsAsync(saves[0].Session.Id))
            {
                throw;
            }

            // Not a newer version but no row at all: read first, where the save decides what a session gone means.
            await SaveAllAsync(saves, readFirst: true, cancellationToken);
        }
    }

    private async Task SaveAllAsync(IReadOnlyList<SessionSave> saves, bool readFirst, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!readFirst && saves.All(s => s.Session.Revision > 0))
        {
            await UpdateInPlaceAsync(db, saves, now, cancellationToken);
        }
        else
        {
            foreach (var save in saves)
            {
                await StageAsync(db, save, now, readFirst, cancellationToken);
            }

            await SaveChangesAsync(db, saves, cancellationToken);
        }

        foreach (var save in saves.Where(s => !s.Dropped))
        {
            save.Session.Revision++;
        }
    }

    // Sessions saved before: each row updated in place with no read first, the UPDATE itself checking the version it
    // was read at; new rows inserted. Plain commands, in one transaction (the hot path: every save after the first).
    private async Task UpdateInPlaceAsync(InterviewDbContext db, IReadOnlyList<SessionSave> saves, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var commands = SessionCommands.For(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken);
            foreach (var save in saves)
            {
                var record = new SessionRecord { Id = save.Session.Id, Status = "", StateJson = "" };
                Fill(record, save, now);
                var state = save.StateUtf8 ?? SessionJson.WriteSessionUtf8(save.Session);
                if (!await commands.UpdateSessionAsync(transaction, record, state, save.Session.Revision, cancellationToken))
                {
                    throw new SessionConflictException(save.Session.Id);
                }

                foreach (var turn in TurnRecords(save))
                {
                    await commands.InsertAsync(transaction, turn, cancellationToken);
                }

                foreach (var assessment in AssessmentRecords(save, now))
                {
                    await commands.InsertAsync(transaction, assessment, cancellationToken);
                }

                foreach (var point in PointResultRecords(save, now))
                {
                    await commands.InsertAsync(transaction, point, cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbException) when (saves is [_])
        {
            await ThrowIfMovedOnAsync(saves[0]);
            throw;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task StageAsync(InterviewDbContext db, SessionSave save, DateTimeOffset now, bool readFirst, CancellationToken cancellationToken)
    {
        var session = save.Session;
        SessionRecord? record;
        if (session.Revision > 0 && !readFirst)
        {
            // Saved before: updated in place with no read first, the UPDATE itself checking the version it was read at.
            record = new SessionRecord { Id = session.Id, Status = "", StateJson = "", Version = session.Revision };
            db.Sessions.Attach(record);
        }
        else
        {
            record = await db.Sessions.FirstOrDefaultAsync(s => s.Id == session.Id, cancellationToken);
        }

        if (record is null)
        {
            // Turns stored before, yet no session: it was deleted with its account while its interviewer was still
            // at work. What the work produced goes with it rather than bringing the session back as a guest's.
            if (session.TurnCount > save.NewTurns.Count)
            {
                save.Dropped = true;
                return;
            }

            record = new SessionRecord { Id = session.Id, Status = "", StateJson = "", Version = session.Revision };
            db.Sessions.Add(record);
        }
        else if (record.Version != session.Revision)
        {
            throw new SessionConflictException(session.Id);
        }

        Fill(record, save, now);
        record.StateJson = save.StateUtf8 is { } utf8 ? Encoding.UTF8.GetString(utf8) : SessionJson.WriteSession(session);
        db.Turns.AddRange(TurnRecords(save));
        db.Assessments.AddRange(AssessmentRecords(save, now));
        db.PointResults.AddRange(PointResultRecords(save, now));
    }

    // All but the state, which the in-place update sends as UTF-8 and EF as text.
    private static void Fill(SessionRecord record, SessionSave save, DateTimeOffset now)
    {
        var session = save.Session;

        // Checked again by the UPDATE itself (a concurrency token), against a save that lands from now on.
        record.Version = session.Revision + 1;

        record.Status = WireNames.Of(session.Status);
        record.DeadlineUnixMs = session.Settings.TimeLimit is { } limit ? (session.StartedAt + limit).ToUnixTimeMilliseconds() : null;
        record.UpdatedAt = now;
        record.LastActiveUnixMs = now.ToUnixTimeMilliseconds();
    }

    private static IEnumerable<TurnRecord> TurnRecords(SessionSave save) => save.NewTurns.Select(t => new TurnRecord
    {
        SessionId = t.SessionId,
        Sequence = t.Sequence,
        MessageId = t.MessageId,
        Role = WireNames.Of(t.Role),
        Kind = WireNames.Of(t.Kind),
        Text = t.Text,
        QuestionId = t.QuestionId,
        QuestionIndex = t.QuestionIndex,
        At = t.At.ToUniversalTime(),
        ClientMessageId = t.ClientMessageId,
    });

    private static IEnumerable<AssessmentRecord> AssessmentRecords(SessionSave save, DateTimeOffset now) => save.NewAssessments.Select(a => new AssessmentRecord
    {
        SessionId = save.Session.Id,
        QuestionId = a.QuestionId,
        Score = a.Score,
        Engine = WireNames.Of(a.Engine),
        Json = JsonSerializer.Serialize(a, SessionJson.Options),
        At = now,
    });

    private static IEnumerable<PointResultRecord> PointResultRecords(SessionSave save, DateTimeOffset now) =>
        save.NewAssessments.SelectMany(a => PointResult.Of(save.Session.Id, a, now)).Select(p => new PointResultRecord
        {
            SessionId = p.SessionId,
            QuestionId = p.QuestionId,
            PointId = p.PointId,
            Status = WireNames.Of(p.Status),
            Engine = WireNames.Of(p.Engine),
            At = p.At,
        });

    private async Task SaveChangesAsync(InterviewDbContext db, IReadOnlyList<SessionSave> saves, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            var lost = e.Entries.Select(entry => entry.Entity).OfType<SessionRecord>().FirstOrDefault()?.Id ?? saves[0].Session.Id;
            throw new SessionConflictException(lost);
        }
        catch (DbUpdateException) when (saves is [_])
        {
            await ThrowIfMovedOnAsync(saves[0]);
            throw;
        }
    }

    // A turn's unique sequence may be what a racing save hit first: still a conflict, when the version moved on.
    private async Task ThrowIfMovedOnAsync(SessionSave save)
    {
        if (save.Session.Revision > 0 && await StoredVersionAsync(save.Session.Id) != save.Session.Revision)
        {
            throw new SessionConflictException(save.Session.Id);
        }
    }

    private async Task<bool> ExistsAsync(string sessionId) => await StoredVersionAsync(sessionId) is not null;

    private async Task<int?> StoredVersionAsync(string sessionId)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.Version).FirstOrDefaultAsync(CancellationToken.None);
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
