using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>A server on its own SQLite file with a one-second busy timeout, and ways to make that file unusable.</summary>
internal static class SqliteFaults
{
    public static ServerFactory Factory(ReadOnlySwitch? readOnly = null) => new(
        settings: new Dictionary<string, string?> { ["MockInterviewer:Storage:BusyTimeoutSeconds"] = "1" },
        services: readOnly is null ? null : services => services.ConfigureDbContext<InterviewDbContext>(o => o.AddInterceptors(readOnly)));

    public static string DatabasePath(ServerFactory factory) => Path.Combine(factory.DataDirectory, "interviews.db");
}

/// <summary>
/// A read-only disk, as SQLite sees one, for tests that run as root (whom file modes do not stop): every connection
/// the server opens gets <c>PRAGMA query_only</c> while the switch is on, and writes fail as on a read-only file
/// (SQLITE_READONLY).
/// </summary>
internal sealed class ReadOnlySwitch : DbConnectionInterceptor
{
    private volatile bool _on;

    public void Set(bool on) => _on = on;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _on ? "PRAGMA query_only = 1;" : "PRAGMA query_only = 0;";
        command.ExecuteNonQuery();
    }
}
