using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MockInterviewer.Cli.Tests.Support;

/// <summary>The real server in memory on the offline engine, with its own SQLite file and a one-second busy timeout.</summary>
public sealed class CliServerFactory : WebApplicationFactory<global::Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("mockinterviewer-cli-test-").FullName;

    public string DatabasePath => Path.Combine(_dataDirectory, "interviews.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("MockInterviewer:Storage:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("MockInterviewer:Storage:BusyTimeoutSeconds", "1");
    }
}
