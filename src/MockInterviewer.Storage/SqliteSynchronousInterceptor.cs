using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MockInterviewer.Storage;

/// <summary>
/// Sets SQLite's <c>synchronous</c> on every connection the store opens (it is a per-connection setting). With WAL,
/// NORMAL syncs the log only at checkpoints instead of at every commit: a power cut or an OS crash may lose the
/// last commits, never the database; a crash of the server alone loses nothing. A pooled connection keeps the
/// setting, so it is set once per connection, not once per open.
/// </summary>
public sealed class SqliteSynchronousInterceptor(string synchronous) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _set = [];
    private readonly string _pragma = $"PRAGMA synchronous = {synchronous};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite runs its commands synchronously anyway.
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || _set.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
        _set.AddOrUpdate(handle, handle);
    }
}
