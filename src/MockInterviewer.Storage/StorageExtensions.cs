using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Storage;

public static class StorageExtensions
{
    /// <summary>The store, session access and histories over the database that <c>MockInterviewer:Storage</c> names.</summary>
    public static IServiceCollection AddInterviewStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IStoreGuard>(sp => IsPostgres(sp) ? NoStoreGuard.Instance : sp.GetRequiredService<SqliteDatabase>());
        // Pooled: a store call takes a context and gives it back, rather than building one each time (several per answer).
        services.AddPooledDbContextFactory<InterviewDbContext>((provider, options) =>
        {
            if (IsPostgres(provider))
            {
                options.UseNpgsql(provider.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, StorageMigrations.Postgres);
            }
            else
            {
                options.UseSqlite(provider.GetRequiredService<SqliteDatabase>().ConnectionString, StorageMigrations.Sqlite)
                    .AddInterceptors(new SqliteSynchronousInterceptor(provider.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteSynchronous));
            }
        });
        services.AddSingleton<EfSessionStore>();
        services.AddSingleton(sp => new SessionWriter(
            sp.GetRequiredService<EfSessionStore>(), sp.GetServices<IStoreGuard>(), sp.GetRequiredService<ILogger<SessionWriter>>()));
        services.AddSingleton<ISessionStore, HeldSessionStore>();
        services.AddSingleton<StoreProbe>();
        services.AddSingleton<SessionAccess>();
        services.AddSingleton<AssessmentHistory>();
        services.AddSingleton<AccountHistory>();
        return services;
    }

    /// <summary>Creates the database if need be and applies pending migrations (one node at a time on PostgreSQL).</summary>
    /// <returns>The migrations applied now.</returns>
    /// <exception cref="StoreUnavailableException">The database cannot be created or written; the message names it and the setting to change.</exception>
    public static async Task<IReadOnlyList<string>> MigrateInterviewDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var sqlite = IsPostgres(services) ? null : services.GetRequiredService<SqliteDatabase>();
        if (sqlite is not null)
        {
            await sqlite.CreateAsync(cancellationToken);
        }

        try
        {
            var contexts = services.GetRequiredService<IDbContextFactory<InterviewDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        }
        catch (Exception e) when (StoreFaults.IsUnavailable(e))
        {
            throw sqlite?.Unwritable(e) ?? StoreFaults.Unavailable(e);
        }
    }

    private static bool IsPostgres(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgres;
}
