using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage;

/// <summary>
/// The SQLite file: where it is, how connections open it (a short busy timeout, never creating it anew), that it
/// is created once at start-up in WAL mode, and that it is still there. A file deleted while the server runs
/// would otherwise go on taking writes through the connections still open on it, and lose them at restart.
/// </summary>
public sealed class SqliteDatabase : IStoreGuard
{
    public const string ConnectionStringKey = StorageOptions.SectionName + ":" + nameof(StorageOptions.ConnectionString);

    public SqliteDatabase(IOptions<StorageOptions> options)
    {
        var storage = options.Value;
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? $"Data Source={Path.Combine(DataFolder.Default, DataFolder.DatabaseFileName)}"
            : storage.ConnectionString)
        {
            DefaultTimeout = storage.BusyTimeoutSeconds,
        };

        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } source && source != ":memory:")
        {
            FilePath = Path.GetFullPath(source);

            // Created at start-up (CreateAsync); a file missing later is an error, not a new empty database.
            if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
            {
                builder.Mode = SqliteOpenMode.ReadWrite;
            }
        }

        ConnectionString = builder.ToString();
    }

    public string ConnectionString { get; }

    /// <summary>The database file's full path; null for an in-memory database.</summary>
    public string? FilePath { get; }

    /// <summary>Creates the folder and the file if need be, in WAL mode (readers never wait for the writer), and proves the folder writable.</summary>
    /// <exception cref="StoreUnavailableException">Naming the path and the setting to change.</exception>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        if (FilePath is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var create = new SqliteConnectionStringBuilder(ConnectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
            await using var connection = new SqliteConnection(create.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL; BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw Unwritable(e);
        }
    }

    public void EnsureIntact()
    {
        if (FilePath is not null && !File.Exists(FilePath))
        {
            // The pooled connections still hold the deleted file open; without them reads fail too, rather than
            // showing what can no longer be written.
            SqliteConnection.ClearAllPools();
            throw new StoreUnavailableException(
                $"The database file {FilePath} is gone; nothing more is written until it is restored and the server restarted.");
        }
    }

    /// <summary>The one line to show when the file cannot be used at start-up.</summary>
    public StoreUnavailableException Unwritable(Exception cause) => new(
        $"The database {FilePath ?? ConnectionString} cannot be created or written ({Reason(cause)}): make its folder writable, " +
        $"or set {ConnectionStringKey} to a database in a folder the server may write.",
        cause);

    private static string Reason(Exception cause) => cause.InnerException is { } inner && cause is not SqliteException ? Reason(inner) : cause.Message;
}
