using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterviewer.Storage.Tests.Support;

namespace MockInterviewer.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Postgres_without_a_connection_string_is_refused_naming_the_key()
    {
        using var services = TestDatabase.BuildServices(new Dictionary<string, string?> { ["MockInterviewer:Storage:Provider"] = "postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("MockInterviewer:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_needs_no_connection_string_and_migrates_on_start_by_default()
    {
        using var services = TestDatabase.BuildServices(new Dictionary<string, string?> { ["MockInterviewer:Storage:Provider"] = "sqlite" });

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.True(options.MigrateOnStart);
    }
}
