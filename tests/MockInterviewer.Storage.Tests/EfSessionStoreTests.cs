using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage.Tests.Support;
using MockInterviewer.Testing.Postgres;

namespace MockInterviewer.Storage.Tests;

/// <summary>What the store promises, on every provider (see the classes below).</summary>
public abstract class EfSessionStoreTests(TestDatabase database)
{
    private ISessionStore Store => database.Store;

    [StorageFact]
    public async Task A_saved_session_is_found_as_saved()
    {
        var session = TestSessions.New(timeLimitMinutes: 30);
        session.CurrentIndex = 1;
        session.Questions[0].Answers.Add("A cache keeps hot data close.");

        await Store.SaveAsync(session, [], [], CancellationToken.None);
        var found = await Store.FindAsync(session.Id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(session.Settings, found.Settings);
        Assert.Equal(1, found.CurrentIndex);
        Assert.Equal(["A cache keeps hot data close."], found.Questions[0].Answers);
        Assert.Equal(session.StartedAt.ToUnixTimeMilliseconds(), found.StartedAt.ToUnixTimeMilliseconds());
    }

    [StorageFact]
    public async Task An_unknown_session_is_not_found()
    {
        Assert.Null(await Store.FindAsync(Guid.NewGuid().ToString("N"), CancellationToken.None));
    }

    [StorageFact]
    public async Task Turns_come_back_in_order_without_gap_or_duplicate()
    {
        var session = TestSessions.New();
        await Store.SaveAsync(session, [TestSessions.Question(session)], [], CancellationToken.None);
        await Store.SaveAsync(session, [TestSessions.Answer(session, "first"), TestSessions.Question(session)], [], CancellationToken.None);
        await Store.SaveAsync(session, [TestSessions.Answer(session, "second")], [], CancellationToken.None);

        var transcript = await Store.TranscriptAsync(session.Id, CancellationToken.None);

        Assert.Equal([0, 1, 2, 3], transcript.Select(t => t.Sequence));
        Assert.Equal([MessageKind.Question, MessageKind.Answer, MessageKind.Question, MessageKind.Answer], transcript.Select(t => t.Kind));
        Assert.Equal("second", transcript[^1].Text);
    }

    [StorageFact]
    public async Task A_turn_saved_twice_under_one_sequence_is_refused_and_the_transcript_keeps_one()
    {
        var session = TestSessions.New();
        var question = TestSessions.Question(session);
        await Store.SaveAsync(session, [question], [], CancellationToken.None);
        var stale = await Store.FindAsync(session.Id, CancellationToken.None);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveAsync(stale!, [question with { MessageId = Turn.NewMessageId() }], [], CancellationToken.None));

        Assert.Single(await Store.TranscriptAsync(session.Id, CancellationToken.None));
    }

    [StorageFact]
    public async Task An_answer_is_known_by_its_client_id_in_its_own_session_only()
    {
        var session = TestSessions.New();
        var other = TestSessions.New();
        await Store.SaveAsync(other, [], [], CancellationToken.None);
        await Store.SaveAsync(session, [TestSessions.Answer(session, "mine", "client-1")], [], CancellationToken.None);

        Assert.True(await Store.HasAnswerAsync(session.Id, "client-1", CancellationToken.None));
        Assert.False(await Store.HasAnswerAsync(session.Id, "client-2", CancellationToken.None));
        Assert.False(await Store.HasAnswerAsync(other.Id, "client-1", CancellationToken.None));
    }

    [StorageFact]
    public async Task Only_active_sessions_past_their_time_limit_are_overdue()
    {
        var now = DateTimeOffset.UtcNow;
        var overdue = TestSessions.New(now.AddMinutes(-31), timeLimitMinutes: 30);
        var inTime = TestSessions.New(now.AddMinutes(-10), timeLimitMinutes: 30);
        var unlimited = TestSessions.New(now.AddHours(-5));
        var completed = TestSessions.New(now.AddMinutes(-31), timeLimitMinutes: 30);
        completed.Status = SessionStatus.Completed;
        foreach (var session in new[] { overdue, inTime, unlimited, completed })
        {
            await Store.SaveAsync(session, [], [], CancellationToken.None);
        }

        var found = await Store.OverdueSessionsAsync(now, CancellationToken.None);

        Assert.Contains(overdue.Id, found);
        Assert.DoesNotContain(inTime.Id, found);
        Assert.DoesNotContain(unlimited.Id, found);
        Assert.DoesNotContain(completed.Id, found);
    }

    [StorageFact]
    public async Task A_state_stored_before_states_had_a_schema_version_is_read_and_saved_on()
    {
        var session = TestSessions.New();
        session.CurrentIndex = 1;
        await InsertRowAsync(session.Id, JsonSerializer.Serialize(session, SessionJson.Options));

        var found = await Store.FindAsync(session.Id, CancellationToken.None);
        await Store.SaveAsync(found!, [], [], CancellationToken.None);

        Assert.Equal(1, found!.CurrentIndex);
        Assert.Equal(1, (await Store.FindAsync(session.Id, CancellationToken.None))!.Revision);
    }

    [StorageFact]
    public async Task A_state_from_a_newer_schema_fails_clearly_rather_than_being_misread()
    {
        var session = TestSessions.New();
        var newer = SessionJson.WriteSession(session).Replace(
            $"\"{SessionJson.SchemaVersionProperty}\":{SessionJson.SchemaVersion}",
            $"\"{SessionJson.SchemaVersionProperty}\":{SessionJson.SchemaVersion + 1}",
            StringComparison.Ordinal);
        await InsertRowAsync(session.Id, newer);

        var error = await Assert.ThrowsAsync<StoredStateVersionException>(() => Store.FindAsync(session.Id, CancellationToken.None));

        Assert.Equal(SessionJson.SchemaVersion + 1, error.StoredVersion);
    }

    [StorageFact]
    public async Task Each_save_moves_the_revision_on()
    {
        var session = TestSessions.New();

        await Store.SaveAsync(session, [], [], CancellationToken.None);
        await Store.SaveAsync(session, [], [], CancellationToken.None);

        Assert.Equal(2, session.Revision);
        Assert.Equal(2, (await Store.FindAsync(session.Id, CancellationToken.None))!.Revision);
    }

    [StorageFact]
    public async Task A_save_from_a_state_read_before_another_save_is_a_conflict_and_stores_nothing()
    {
        var session = TestSessions.New();
        await Store.SaveAsync(session, [], [], CancellationToken.None);
        var first = (await Store.FindAsync(session.Id, CancellationToken.None))!;
        var second = (await Store.FindAsync(session.Id, CancellationToken.None))!;
        await Store.SaveAsync(first, [TestSessions.Answer(first, "saved first")], [], CancellationToken.None);

        second.CurrentIndex = 1;
        var conflict = await Assert.ThrowsAsync<SessionConflictException>(
            () => Store.SaveAsync(second, [TestSessions.Answer(second, "saved second")], [], CancellationToken.None));

        Assert.Equal(session.Id, conflict.SessionId);
        var stored = (await Store.FindAsync(session.Id, CancellationToken.None))!;
        Assert.Equal(0, stored.CurrentIndex);
        Assert.Equal(["saved first"], (await Store.TranscriptAsync(session.Id, CancellationToken.None)).Select(t => t.Text));
    }

    [StorageFact]
    public async Task Of_two_saves_racing_from_one_state_exactly_one_is_stored()
    {
        var session = TestSessions.New();
        await Store.SaveAsync(session, [], [], CancellationToken.None);
        var racers = Enumerable.Range(0, 2).Select(_ => Store.FindAsync(session.Id, CancellationToken.None)).ToList();
        var states = (await Task.WhenAll(racers)).Select(s => s!).ToList();

        var saves = states.Select(s => Task.Run(() => Store.SaveAsync(s, [TestSessions.Answer(s, $"racer {s.GetHashCode()}")], [], CancellationToken.None))).ToList();
        var outcomes = await Task.WhenAll(saves.Select(async save =>
        {
            try
            {
                await save;
                return "stored";
            }
            catch (SessionConflictException)
            {
                return "conflict";
            }
        }));

        Assert.Equal(["conflict", "stored"], outcomes.Order());
        Assert.Single(await Store.TranscriptAsync(session.Id, CancellationToken.None));
    }

    [StorageFact]
    public async Task A_save_in_place_writes_the_rows_a_first_save_writes()
    {
        var at = new DateTimeOffset(2026, 11, 30, 21, 15, 7, 123, TimeSpan.FromHours(9)).AddTicks(4567);
        var now = DateTimeOffset.UtcNow;
        var firstSave = TestSessions.New(now.AddMinutes(-31), timeLimitMinutes: 30);
        var inPlace = TestSessions.New(now.AddMinutes(-31), timeLimitMinutes: 30);
        await Store.SaveAsync(inPlace, [], [], CancellationToken.None);

        foreach (var session in new[] { firstSave, inPlace })
        {
            var answer = TestSessions.Answer(session, "Ünïcode, 한국어 and 'quotes' kept", "client-1") with { At = at };
            var closing = session.AppendTurn(Role.Interviewer, MessageKind.Closing, "Bye.", Turn.NewMessageId(), 0, at);
            await Store.SaveAsync(session, [answer, closing], [Graded(), Graded() with { QuestionId = "q2", Score = 1 }], CancellationToken.None);
        }

        var (firstRow, firstTurns, firstAssessments, firstPoints) = await RowsAsync(firstSave.Id);
        var (inPlaceRow, inPlaceTurns, inPlaceAssessments, inPlacePoints) = await RowsAsync(inPlace.Id);
        Assert.Equal((firstRow.Status, firstRow.DeadlineUnixMs - firstSave.StartedAt.ToUnixTimeMilliseconds()), (inPlaceRow.Status, inPlaceRow.DeadlineUnixMs - inPlace.StartedAt.ToUnixTimeMilliseconds()));
        Assert.Equal((1, 2), (firstRow.Version, inPlaceRow.Version));
        Assert.Equal(SessionJson.WriteSession(inPlace), inPlaceRow.StateJson);
        Assert.Equal(1, await RowsWithStateAsync(inPlace.Id, SessionJson.WriteSession(inPlace))); // text in SQL too, not a blob
        Assert.InRange(inPlaceRow.LastActiveUnixMs, now.ToUnixTimeMilliseconds() - 1, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(firstTurns, inPlaceTurns);
        Assert.Equal(await StoredTimesAsync(firstSave.Id), await StoredTimesAsync(inPlace.Id));
        Assert.Equal(firstAssessments, inPlaceAssessments);
        Assert.Equal(firstPoints, inPlacePoints);
        Assert.Contains(inPlace.Id, await Store.OverdueSessionsAsync(now, CancellationToken.None));
        Assert.Equal(["Ünïcode, 한국어 and 'quotes' kept", "Bye."], (await Store.TranscriptAsync(inPlace.Id, CancellationToken.None)).Select(t => t.Text));
    }

    // The times as the database holds them (text on SQLite), so a different format would show.
    private async Task<List<string>> StoredTimesAsync(string sessionId)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Database.SqlQuery<string>(
            $"SELECT CAST(\"At\" AS TEXT) AS \"Value\" FROM \"Turns\" WHERE \"SessionId\" = {sessionId} ORDER BY \"Sequence\"").ToListAsync();
    }

    // Compared in SQL: SQLite compares a blob equal to no text, so state stored as one would count none.
    private async Task<long> RowsWithStateAsync(string sessionId, string state)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        return await db.Database.SqlQuery<long>(
            $"SELECT COUNT(*) AS \"Value\" FROM \"Sessions\" WHERE \"Id\" = {sessionId} AND \"StateJson\" = {state}").SingleAsync();
    }

    private static Assessment Graded() => new(
        "q1", Language.En, 3,
        [new PointAssessment("p1", "Bias and variance", PointStatus.Covered, "kept"), new PointAssessment("p2", "Leakage", PointStatus.Missing, null)],
        ["clear"], ["leakage"], null, GradingEngine.Offline);

    private async Task<(SessionRecord Row, List<object> Turns, List<object> Assessments, List<object> Points)> RowsAsync(string sessionId)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        var row = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId);
        var turns = await db.Turns.AsNoTracking().Where(t => t.SessionId == sessionId).OrderBy(t => t.Sequence)
            .Select(t => (object)new { t.Sequence, t.MessageId.Length, t.Role, t.Kind, t.Text, t.QuestionId, t.QuestionIndex, t.At, t.ClientMessageId }).ToListAsync();
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.SessionId == sessionId).OrderBy(a => a.QuestionId)
            .Select(a => (object)new { a.QuestionId, a.Score, a.Engine, a.Json }).ToListAsync();
        var points = await db.PointResults.AsNoTracking().Where(p => p.SessionId == sessionId).OrderBy(p => p.QuestionId).ThenBy(p => p.PointId)
            .Select(p => (object)new { p.QuestionId, p.PointId, p.Status, p.Engine }).ToListAsync();
        return (row, turns, assessments, points);
    }

    private async Task InsertRowAsync(string sessionId, string stateJson)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        db.Sessions.Add(new SessionRecord { Id = sessionId, Status = "active", StateJson = stateJson, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }
}

public sealed class SqliteEfSessionStoreTests(SqliteTestDatabase database)
    : EfSessionStoreTests(database), IClassFixture<SqliteTestDatabase>;

[OnPostgres]
public sealed class PostgresEfSessionStoreTests(PostgresTestDatabase database)
    : EfSessionStoreTests(database), IClassFixture<PostgresTestDatabase>;
