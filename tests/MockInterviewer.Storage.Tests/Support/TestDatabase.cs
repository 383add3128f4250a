using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage.Tests.Support;

/// <summary>An empty database of one provider with the storage services over it, as the server registers them.</summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised yet.");

    public ISessionStore Store => Services.GetRequiredService<ISessionStore>();

    public IDbContextFactory<InterviewDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<InterviewDbContext>>();

    /// <summary>The storage settings (provider, connection string) of this database.</summary>
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Whether <see cref="InitializeAsync"/> applies the migrations (a migration test applies them itself).</summary>
    public bool Migrate { get; init; } = true;

    /// <summary>False where this provider's server is not configured (its tests are skipped, the fixture made anyway).</summary>
    protected virtual bool Available => true;

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        _services = BuildServices(Settings);
        if (Migrate)
        {
            await Services.MigrateInterviewDatabaseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DropAsync();
    }

    public static ServiceProvider BuildServices(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddInterviewStorage();
        return services.BuildServiceProvider();
    }

    protected abstract Task DropAsync();
}
