using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace MockInterviewer.Storage;

/// <summary>
/// Each provider keeps its migrations in an assembly of its own (MockInterviewer.Storage.Sqlite,
/// MockInterviewer.Storage.Postgres): a migration holds provider-specific SQL types, so one set cannot serve both.
/// The server references both; the design-time factories there use these same settings.
/// </summary>
public static class StorageMigrations
{
    public const string SqliteAssembly = "MockInterviewer.Storage.Sqlite";
    public const string PostgresAssembly = "MockInterviewer.Storage.Postgres";

    public static void Sqlite(SqliteDbContextOptionsBuilder sqlite) => sqlite.MigrationsAssembly(SqliteAssembly);

    public static void Postgres(NpgsqlDbContextOptionsBuilder npgsql) => npgsql.MigrationsAssembly(PostgresAssembly);
}
