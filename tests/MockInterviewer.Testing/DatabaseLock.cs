using Microsoft.Data.Sqlite;

namespace MockInterviewer.Testing;

/// <summary>Another process's transaction holding the database's write lock until disposed.</summary>
public sealed class DatabaseLock : IDisposable
{
    private readonly SqliteConnection _connection;

    private DatabaseLock(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        Execute("BEGIN EXCLUSIVE;");
    }

    public static DatabaseLock Hold(string path) => new(path);

    public void Dispose()
    {
        Execute("ROLLBACK;");
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
