using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Storage;
using MockInterviewer.Testing.Postgres;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>The real server in memory, on its own database, with settings a test may override.</summary>
public sealed class ServerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces services after the app registered its own (e.g. the clock).</param>
    public ServerFactory(string? dataDirectory = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("mockinterviewer-test-").FullName;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in StorageSettings(DataDirectory))
        {
            _settings.TryAdd(key, value);
        }
    }

    /// <summary>Where the server's data lives; a server made again with the same folder finds the same database.</summary>
    public string DataDirectory { get; }

    // A SQLite file in the folder, or with MOCKINTERVIEWER_TEST_STORAGE=postgres a database of the folder's own on
    // the test server (so .ci/run can run the hub tests again on PostgreSQL).
    public static Dictionary<string, string?> StorageSettings(string dataDirectory) =>
        TestPostgres.StorageUnderTest == StorageOptions.Postgres
            ? new()
            {
                ["MockInterviewer:Storage:Provider"] = StorageOptions.Postgres,
                ["MockInterviewer:Storage:ConnectionString"] = TestPostgres.ConnectionStringFor(TestPostgres.DatabaseNameFor(dataDirectory)),
            }
            : new()
            {
                ["MockInterviewer:Storage:ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "interviews.db")}",
            };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // The app's content root is its own folder (here the test's bin), which holds no wwwroot: serve the
        // project's wwwroot as `dotnet run` does in Development.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
