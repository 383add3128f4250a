using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>
/// The built server started as a process of its own, as an operator starts it, with settings it must refuse: the
/// one line it prints. In process, WebApplicationFactory may report a disposed service provider in place of the
/// app's own error, when it reads the services of a host that the failed start has already disposed.
/// </summary>
internal static class RefusedStart
{
    public const string Prefix = "MockInterviewer cannot start: ";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<string> ReasonAsync(IDictionary<string, string> settings)
    {
        var data = Directory.CreateTempSubdirectory("mockinterviewer-refused-").FullName;
        var all = new Dictionary<string, string>(settings);
        all.TryAdd("MockInterviewer:Storage:ConnectionString", $"Data Source={Path.Combine(data, "interviews.db")}");
        var environment = all.Select(s => KeyValuePair.Create(s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value));

        var (exitCode, error) = await ChildServer.RunToExitAsync(ChildServer.BuiltDll(), environment, Patience);

        Assert.True(exitCode == 1, $"Exit code {exitCode}; standard error:\n{error}");
        var reason = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(Prefix, reason, StringComparison.Ordinal);
        return reason;
    }
}
