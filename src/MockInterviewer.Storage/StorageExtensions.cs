using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage;

public static class StorageExtensions
{
    /// <summary>The store, session access and histories over the database that <c>MockInterviewer:Storage</c> names.</summary>
    public static IServiceCollection AddInterviewStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<InterviewDbContext>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.IsPostgres)
            {
                options.UseNpgsql(storage.ConnectionString, StorageMigrations.Postgres);
            }
            else
            {
                options.UseSqlite(ConnectionString(storage), StorageMigrations.Sqlite);
            }
        });
        services.AddSingleton<ISessionStore, EfSessionStore>();
        services.AddSingleton<SessionAccess>();
        services.AddSingleton<AssessmentHistory>();
        services.AddSingleton<AccountHistory>();
        return services;
    }

    /// <summary>Applies pending migrations (one node at a time on PostgreSQL).</summary>
    /// <returns>The migrations applied now.</returns>
    public static async Task<IReadOnlyList<string>> MigrateInterviewDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<InterviewDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DatabaseMigrator.MigrateAsync(db, cancellationToken);
    }

    private static string ConnectionString(StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            return storage.ConnectionString;
        }

        var dataFolder = DataFolder.Default;
        Directory.CreateDirectory(dataFolder);
        return $"Data Source={Path.Combine(dataFolder, DataFolder.DatabaseFileName)}";
    }
}
