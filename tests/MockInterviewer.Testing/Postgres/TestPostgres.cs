using System.Security.Cryptography;
using System.Text;
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

    /// <summary>"postgres" runs the server's tests on PostgreSQL rather than SQLite.</summary>
    public const string StorageVariable = "MOCKINTERVIEWER_TEST_STORAGE";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connectionString ? connectionString : null;

    /// <summary>Why PostgreSQL tests are skipped here; null when they run.</summary>
    public static string? SkipReason => ConnectionString is null
        ? $"PostgreSQL is not configured: set {Variable} to an Npgsql connection string of a role with CREATEDB (.ci/run does)."
        : null;

    /// <summary>A connection string to a database of this name on the test server (created by whoever migrates first).</summary>
    /// <remarks>
    /// Unpooled: a run makes a database per test server, and pools kept open for each would soon take all the
    /// server's connections.
    /// </remarks>
    public static string ConnectionStringFor(string databaseName) =>
        new NpgsqlConnectionStringBuilder(ConnectionString ?? throw new InvalidOperationException(SkipReason))
        {
            Database = databaseName,
            Pooling = false,
        }.ConnectionString;

    public static string NewDatabaseName() => DatabasePrefix + Guid.NewGuid().ToString("N");

    /// <summary>The same name for the same folder, so a server restarted on a test's data folder finds its data.</summary>
    public static string DatabaseNameFor(string dataDirectory) =>
        DatabasePrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..32];

    /// <summary>The provider the server's tests run on: <see cref="StorageVariable"/>, "sqlite" when unset.</summary>
    public static string StorageUnderTest
    {
        get
        {
            var storage = Environment.GetEnvironmentVariable(StorageVariable) is { Length: > 0 } set ? set : "sqlite";
            return storage == "postgres" && ConnectionString is null
                ? throw new InvalidOperationException($"{StorageVariable}=postgres needs {Variable} too.")
                : storage;
        }
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var admin = new NpgsqlConnection(ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
