using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MockInterviewer.Storage;

/// <summary>
/// Brings the database to the latest migration. On PostgreSQL, nodes starting at once queue on an advisory lock
/// held for the whole run, so one migrates and the others then find nothing left to do; the lock is released
/// with the connection, also when a node dies midway.
/// </summary>
internal static class DatabaseMigrator
{
    // Any fixed number, the same on every node: ASCII "MockIntv".
    private const long PostgresLockKey = 0x4D6F636B496E7476;

    public static async Task<IReadOnlyList<string>> MigrateAsync(InterviewDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return await ApplyAsync(db, cancellationToken);
        }

        await EnsureDatabaseAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
            try
            {
                // Npgsql asks whether the history table exists by querying it, which logs an error while it does
                // not; made first, the table is simply there.
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
                return await ApplyAsync(db, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<IReadOnlyList<string>> ApplyAsync(InterviewDbContext db, CancellationToken cancellationToken)
    {
        // Asked only once the history table is there: querying a missing one is logged as a failed command.
        var pending = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
            ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : db.Database.GetMigrations().ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    // The lock lives in the database, so the database must be there first; of two nodes creating it, one wins.
    private static async Task EnsureDatabaseAsync(InterviewDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
        }
    }
}
