using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Configuration;

namespace MockInterviewer.Server.Storage;

public static class StorageExtensions
{
    public static WebApplicationBuilder AddInterviewStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddDbContextFactory<InterviewDbContext>((services, options) =>
        {
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            options.UseSqlite(ConnectionString(storage));
        });
        builder.Services.AddSingleton<ISessionStore, EfSessionStore>();
        builder.Services.AddSingleton<SessionAccess>();
        builder.Services.AddSingleton<AssessmentHistory>();
        builder.Services.AddSingleton<AccountHistory>();
        return builder;
    }

    /// <summary>Applies migrations before the server takes requests.</summary>
    public static async Task MigrateInterviewDatabaseAsync(this WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<InterviewDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
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
