using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>
/// The built server started as a process of its own, as an operator starts it, with settings it must refuse: the
/// one line it prints. In process, WebApplicationFactory may report a disposed service provider in place of the
/// app's own error, when it reads the services of a host that the failed start has already disposed.
/// </summary>
internal static class RefusedStart
{
    private const string Prefix = "MockInterviewer cannot start: ";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<string> ReasonAsync(IDictionary<string, string> settings)
    {
        // Its own database file, so that a start refused after the database was made leaves nothing behind.
        var data = Directory.CreateTempSubdirectory("mockinterviewer-refused-");
        try
        {
            var all = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
            all.TryAdd("MockInterviewer:Storage:ConnectionString", $"Data Source={Path.Combine(data.FullName, "interviews.db")}");

            var (exitCode, error) = await ChildServer.RunToExitAsync(ChildServer.BuiltDll(), ChildServer.AsEnvironment(all), Patience);

            Assert.True(exitCode == 1, $"Exit code {exitCode}; standard error:\n{error}");
            var reason = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith(Prefix, reason, StringComparison.Ordinal);
            return reason;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
