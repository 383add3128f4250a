using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Storage.Tests.Support;

namespace MockInterviewer.Storage.Tests;

/// <summary>The store's SQLite connections commit with synchronous=NORMAL (WAL), or FULL when configured.</summary>
public sealed class SqliteSynchronousTests : IAsyncLifetime
{
    private const long Normal = 1;
    private const long Full = 2;

    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_connection_the_store_opens_is_normal_also_when_taken_again_from_the_pool()
    {
        Assert.Equal(Normal, await SynchronousAsync(_database.Contexts));
        Assert.Equal(Normal, await SynchronousAsync(_database.Contexts));
        Assert.Equal("wal", await PragmaAsync<string>(_database.Contexts, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Full_when_configured()
    {
        var settings = new Dictionary<string, string?>(_database.Settings) { ["MockInterviewer:Storage:SqliteSynchronous"] = "full" };
        await using var services = TestDatabase.BuildServices(settings);

        Assert.Equal(Full, await SynchronousAsync(services.GetRequiredService<IDbContextFactory<InterviewDbContext>>()));
    }

    private static Task<long> SynchronousAsync(IDbContextFactory<InterviewDbContext> contexts) =>
        PragmaAsync<long>(contexts, "PRAGMA synchronous;");

    private static async Task<T> PragmaAsync<T>(IDbContextFactory<InterviewDbContext> contexts, string pragma)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = pragma;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
