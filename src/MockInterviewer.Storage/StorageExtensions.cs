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
            options.UseSqlite(ConnectionString(storage));
        });
        services.AddSingleton<ISessionStore, EfSessionStore>();
        services.AddSingleton<SessionAccess>();
        services.AddSingleton<AssessmentHistory>();
        services.AddSingleton<AccountHistory>();
        return services;
    }

    /// <summary>Applies migrations before the server takes requests.</summary>
    public static async Task MigrateInterviewDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<InterviewDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
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
