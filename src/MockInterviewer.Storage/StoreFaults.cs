using System.Data.Common;
using Microsoft.Data.Sqlite;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage;

/// <summary>
/// Tells a store that is down (busy, locked, read-only, full, gone, unreachable) from a mistake in a request or
/// in the code, whichever provider raised it and however deeply EF Core wrapped it.
/// </summary>
public static class StoreFaults
{
    // SQLite's primary result codes: https://sqlite.org/rescode.html
    private static readonly HashSet<int> SqliteUnavailable =
    [
        5,  // SQLITE_BUSY
        6,  // SQLITE_LOCKED
        8,  // SQLITE_READONLY
        10, // SQLITE_IOERR
        13, // SQLITE_FULL
        14, // SQLITE_CANTOPEN
        15, // SQLITE_PROTOCOL
    ];

    // SQLSTATE classes of a server that cannot take work now: connection exception, insufficient resources,
    // operator intervention (shutting down, cannot connect now), and a read-only transaction.
    private static readonly string[] SqlStatePrefixes = ["08", "53", "57P", "25006"];

    public static bool IsUnavailable(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StoreUnavailableException:
                    return true;
                case SqliteException sqlite when SqliteUnavailable.Contains(sqlite.SqliteErrorCode & 0xFF):
                    return true;
                case DbException db when db.IsTransient || (db.SqlState is { } state && SqlStatePrefixes.Any(p => state.StartsWith(p, StringComparison.Ordinal))):
                    return true;
                case TimeoutException or IOException or System.Net.Sockets.SocketException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The exception callers see: a <see cref="StoreUnavailableException"/> carrying the provider's own as its cause.</summary>
    public static StoreUnavailableException Unavailable(Exception exception) =>
        exception as StoreUnavailableException ?? new StoreUnavailableException($"The database cannot be used just now: {Describe(exception)}", exception);

    private static string Describe(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost.Message;
    }
}
