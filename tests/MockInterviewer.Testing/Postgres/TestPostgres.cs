using Npgsql;

namespace MockInterviewer.Testing.Postgres;

/// <summary>
/// The PostgreSQL server tests may use: <see cref="Variable"/> holds an Npgsql connection string of a role that
/// may create databases (.ci/run starts a server on loopback and sets it). Each test class or server gets a
/// database of its own, named with <see cref="DatabasePrefix"/> so a later run can clear them away.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "MOCKINTERVIEWER_TEST_POSTGRES";
    public const string DatabasePrefix = "mi_test_";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString ? connectionString : null;

    /// <summary>Why PostgreSQL tests are skipped here; null when they run.</summary>
    public static string? SkipReason => ConnectionString is null
        ? $"PostgreSQL is not configured: set {Variable} to an Npgsql connection string of a role with CREATEDB (.ci/run does)."
        : null;

    /// <summary>A connection string to a database of this name on the test server (created by whoever migrates first).</summary>
    public static string ConnectionStringFor(string databaseName) =>
        new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason))
        {
            Database = databaseName,
        }.ConnectionString;

    public static string NewDatabaseName() => DatabasePrefix + Guid.NewGuid().ToString("N");

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var admin = new NpgsqlConnection(ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
