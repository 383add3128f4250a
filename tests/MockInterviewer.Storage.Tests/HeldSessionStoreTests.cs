using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage.Tests.Support;
using MockInterviewer.Testing.Postgres;

namespace MockInterviewer.Storage.Tests;

/// <summary>
/// What the store remembers of a session for the work that holds it, and what it must never do: use a copy another
/// node has saved past, keep a change whose save failed, or show a reader a session another caller is changing.
/// Work runs under a hold as the server runs it, through a <see cref="SessionRunner"/> of one of several nodes;
/// "another node" is a second set of storage services over the same database.
/// </summary>
public abstract class HeldSessionStoreTests(TestDatabase database) : IDisposable
{
    private readonly SessionRunner _runner = new(NullLogger<SessionRunner>.Instance, SeveralNodes());
    private readonly SessionRunner _onlyNode = new(NullLogger<SessionRunner>.Instance);

    private ISessionStore Store => database.Store;

    public void Dispose()
    {
        _runner.Dispose();
        _onlyNode.Dispose();
        GC.SuppressFinalize(this);
    }

    [StorageFact]
    public async Task A_new_hold_reads_what_another_node_saved_since_the_last_one()
    {
        var session = await SavedAsync();
        await HeldAsync(session.Id, () => Store.FindAsync(session.Id, CancellationToken.None));

        await using (var otherNode = TestDatabase.BuildServices(database.Settings))
        {
            var store = otherNode.GetRequiredService<ISessionStore>();
            var there = await store.FindAsync(session.Id, CancellationToken.None);
            there!.CurrentIndex = 1;
            await store.SaveAsync(there, [], [], CancellationToken.None);
        }

        var found = await HeldAsync(session.Id, () => Store.FindAsync(session.Id, CancellationToken.None));

        Assert.Equal(1, found!.CurrentIndex);
        Assert.Equal(2, found.Revision);
    }

    [StorageFact]
    public async Task A_save_refused_because_another_node_saved_first_leaves_no_changed_copy_behind()
    {
        var session = await SavedAsync();
        await using var otherNode = TestDatabase.BuildServices(database.Settings);

        var (refused, after) = await HeldAsync(session.Id, async () =>
        {
            var mine = await Store.FindAsync(session.Id, CancellationToken.None);
            var theirs = await otherNode.GetRequiredService<ISessionStore>().FindAsync(session.Id, CancellationToken.None);
            theirs!.CurrentIndex = 1;
            await otherNode.GetRequiredService<ISessionStore>().SaveAsync(theirs, [], [], CancellationToken.None);

            mine!.Questions[0].Answers.Add("never stored");
            var refused = await Record.ExceptionAsync(() => Store.SaveAsync(mine, [], [], CancellationToken.None));
            return (refused, await Store.FindAsync(session.Id, CancellationToken.None));
        });

        Assert.IsType<SessionConflictException>(refused);
        Assert.Empty(after!.Questions[0].Answers);
        Assert.Equal(1, after.CurrentIndex);
    }

    [StorageFact]
    public async Task Every_reader_gets_a_session_of_its_own_and_a_reader_outside_the_hold_sees_only_what_was_saved()
    {
        var session = await SavedAsync();
        var changing = new TaskCompletionSource();
        var read = new TaskCompletionSource();

        // Started before the hold, as a resume on another connection is: it runs under none.
        var outside = Task.Run(async () =>
        {
            await changing.Task;
            var found = await Store.FindAsync(session.Id, CancellationToken.None);
            read.SetResult();
            return found;
        });
        var (again, saved) = await HeldAsync(session.Id, async () =>
        {
            var mine = await Store.FindAsync(session.Id, CancellationToken.None);
            mine!.Questions[0].Answers.Add("half way");
            changing.SetResult();
            await read.Task;
            var again = await Store.FindAsync(session.Id, CancellationToken.None);

            mine.Questions[0].Answers.Add("done");
            await Store.SaveAsync(mine, [], [], CancellationToken.None);
            return (again, await Store.FindAsync(session.Id, CancellationToken.None));
        });

        Assert.Empty((await outside)!.Questions[0].Answers);
        Assert.Empty(again!.Questions[0].Answers);
        Assert.Equal(["half way", "done"], saved!.Questions[0].Answers);
        Assert.Equal(2, saved.Revision);
    }

    [StorageFact]
    public async Task Under_one_hold_only_the_first_read_goes_to_the_database_and_nothing_is_remembered_after_it()
    {
        var session = await SavedAsync();

        var (first, second) = await HeldAsync(session.Id, async () =>
        {
            var first = await Store.FindAsync(session.Id, CancellationToken.None);
            await DeleteRowAsync(session.Id);
            return (first, await Store.FindAsync(session.Id, CancellationToken.None));
        });
        var afterwards = await HeldAsync(session.Id, () => Store.FindAsync(session.Id, CancellationToken.None));

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(afterwards);
    }

    [StorageFact]
    public async Task With_one_node_the_next_hold_starts_from_what_the_last_one_saved_without_the_database()
    {
        var session = await SavedAsync();
        await _onlyNode.RunAsync(session.Id, async () =>
        {
            var held = await Store.FindAsync(session.Id, CancellationToken.None);
            held!.CurrentIndex = 1;
            await Store.SaveAsync(held, [], [], CancellationToken.None);
            return true;
        }, CancellationToken.None);
        await DeleteRowAsync(session.Id);

        var next = await _onlyNode.RunAsync(session.Id, () => Store.FindAsync(session.Id, CancellationToken.None), CancellationToken.None);
        var outside = await Store.FindAsync(session.Id, CancellationToken.None);

        Assert.Equal(1, next!.CurrentIndex);
        Assert.Null(outside);
    }

    [StorageFact]
    public async Task A_session_deleted_with_its_account_while_held_is_forgotten_at_its_next_save()
    {
        var session = await SavedAsync();
        session.AppendTurn(Role.Interviewer, MessageKind.Question, "Tell me about a cache.", Turn.NewMessageId(), 0, DateTimeOffset.UtcNow);
        await Store.SaveAsync(session, [], [], CancellationToken.None);

        var after = await HeldAsync(session.Id, async () =>
        {
            var held = await Store.FindAsync(session.Id, CancellationToken.None);
            await DeleteRowAsync(session.Id);
            await Store.SaveAsync(held!, [], [], CancellationToken.None);
            return await Store.FindAsync(session.Id, CancellationToken.None);
        });

        Assert.Null(after);
    }

    [StorageFact]
    public async Task Held_work_may_go_on_with_a_session_it_read_or_saved_until_someone_else_saves()
    {
        var session = await SavedAsync();

        var (read, saved, passedOver, command) = await HeldAsync(session.Id, async () =>
        {
            var mine = await Store.FindAsync(session.Id, CancellationToken.None);
            var read = await Store.IsCurrentAsync(mine!, CancellationToken.None);
            mine!.CurrentIndex = 1;
            await Store.SaveAsync(mine, [], [], CancellationToken.None);
            var saved = await Store.IsCurrentAsync(mine, CancellationToken.None);

            var command = await Store.FindAsync(session.Id, CancellationToken.None);
            command!.Questions[0].Answers.Add("said meanwhile");
            await Store.SaveAsync(command, [], [], CancellationToken.None);
            var passedOver = await Store.IsCurrentAsync(mine, CancellationToken.None);
            return (read, saved, passedOver, command);
        });

        Assert.True(read);
        Assert.True(saved);
        Assert.False(passedOver);

        // Outside a hold another node may have saved: only a read can tell.
        Assert.False(await Store.IsCurrentAsync(command, CancellationToken.None));
    }

    private static SessionHolds SeveralNodes() =>
        new(new EveryNodeLease(), LeaseSettings.Default, TimeProvider.System, NullLogger<SessionHolds>.Instance);

    private async Task<InterviewSession> SavedAsync()
    {
        var session = TestSessions.New();
        await Store.SaveAsync(session, [], [], CancellationToken.None);
        return session;
    }

    private Task<T> HeldAsync<T>(string sessionId, Func<Task<T>> work) => _runner.RunAsync(sessionId, work, CancellationToken.None);

    private async Task DeleteRowAsync(string sessionId)
    {
        await using var db = await database.Contexts.CreateDbContextAsync();
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();
    }
}

public sealed class SqliteHeldSessionStoreTests(SqliteTestDatabase database)
    : HeldSessionStoreTests(database), IClassFixture<SqliteTestDatabase>;

[OnPostgres]
public sealed class PostgresHeldSessionStoreTests(PostgresTestDatabase database)
    : HeldSessionStoreTests(database), IClassFixture<PostgresTestDatabase>;
