using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage.Tests.Support;
using MockInterviewer.Testing.Postgres;

namespace MockInterviewer.Storage.Tests;

/// <summary>Each provider's migrations, on a database of their own per test.</summary>
public abstract class MigrationTests
{
    protected abstract TestDatabase NewDatabase();

    [StorageFact]
    public async Task Migrations_bring_an_empty_database_to_the_model_once()
    {
        await OnNewDatabaseAsync(async database =>
        {
            var applied = await database.Services.MigrateInterviewDatabaseAsync();
            var again = await database.Services.MigrateInterviewDatabaseAsync();

            await using var db = await database.Contexts.CreateDbContextAsync();
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.NotEmpty(applied);
            Assert.Empty(again);
            Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration for this provider.");
            await SaveAndFindAsync(database.Store);
        });
    }

    protected async Task OnNewDatabaseAsync(Func<TestDatabase, Task> test)
    {
        var database = NewDatabase();
        await database.InitializeAsync();
        try
        {
            await test(database);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    protected static async Task SaveAndFindAsync(ISessionStore store)
    {
        var session = TestSessions.New();
        await store.SaveAsync(session, [TestSessions.Question(session)], [], CancellationToken.None);
        Assert.NotNull(await store.FindAsync(session.Id, CancellationToken.None));
    }
}

public sealed class SqliteMigrationTests : MigrationTests
{
    // The last migration before sessions had a version: databases made then must upgrade as they are.
    private const string BeforeSessionVersion = "20261130133703_Accounts";

    protected override TestDatabase NewDatabase() => new SqliteTestDatabase { Migrate = false };

    [Fact]
    public async Task A_database_made_before_the_version_token_upgrades_keeping_its_sessions()
    {
        await OnNewDatabaseAsync(async database =>
        {
            var session = TestSessions.New();
            await database.Services.GetRequiredService<SqliteDatabase>().CreateAsync(CancellationToken.None);
            await using (var db = await database.Contexts.CreateDbContextAsync())
            {
                await db.GetService<IMigrator>().MigrateAsync(BeforeSessionVersion);
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO Sessions (Id, Status, StateJson, UpdatedAt) VALUES ({session.Id}, 'active', {System.Text.Json.JsonSerializer.Serialize(session, SessionJson.Options)}, '2026-11-30 10:00:00+00:00')");
            }

            var applied = await database.Services.MigrateInterviewDatabaseAsync();
            long lastActive;
            await using (var db = await database.Contexts.CreateDbContextAsync())
            {
                lastActive = await db.Sessions.Where(s => s.Id == session.Id).Select(s => s.LastActiveUnixMs).SingleAsync();
            }

            var found = await database.Store.FindAsync(session.Id, CancellationToken.None);
            await database.Store.SaveAsync(found!, [], [], CancellationToken.None);

            Assert.Equal(["20261130154324_SessionVersion", "20261130172323_SessionLastActive"], applied);
            Assert.Equal(DateTimeOffset.Parse("2026-11-30T10:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), lastActive);
            Assert.Equal(1, found!.Revision);
        });
    }
}

[OnPostgres]
public sealed class PostgresMigrationTests : MigrationTests
{
    protected override TestDatabase NewDatabase() => new PostgresTestDatabase { Migrate = false };

    [PostgresFact]
    public async Task Nodes_starting_at_once_migrate_the_database_once_between_them()
    {
        await OnNewDatabaseAsync(async database =>
        {
            var nodes = Enumerable.Range(0, 3).Select(_ => TestDatabase.BuildServices(database.Settings)).ToList();

            var applied = await Task.WhenAll(nodes.Select(node => Task.Run(() => node.MigrateInterviewDatabaseAsync())));

            await using var db = await database.Contexts.CreateDbContextAsync();
            Assert.Equal(db.Database.GetMigrations(), applied.SelectMany(a => a));
            Assert.Single(applied, a => a.Count > 0);
            await SaveAndFindAsync(database.Store);
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        });
    }
}
