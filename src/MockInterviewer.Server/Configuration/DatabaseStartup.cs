using Microsoft.Extensions.Options;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Configuration;

/// <summary>
/// Who brings the database's schema up to date: the server as it starts (<c>Storage:MigrateOnStart</c>, for one
/// node), or the <c>migrate</c> command, run once per release where several nodes share a database.
/// </summary>
public static class DatabaseStartup
{
    public static bool IsMigrateCommand(string[] args) => args is ["migrate"];

    /// <returns>The process's exit code: 0 once the database is up to date.</returns>
    public static async Task<int> RunMigrateCommandAsync(this WebApplication app)
    {
        try
        {
            var applied = await app.Services.MigrateInterviewDatabaseAsync();
            Console.WriteLine(applied.Count == 0
                ? "migrate: the database was already up to date."
                : $"migrate: applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            return 0;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"migrate failed: {OneLine(e)}");
            return 1;
        }
    }

    public static async Task MigrateOnStartAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.MigrateOnStart)
        {
            await app.Services.MigrateInterviewDatabaseAsync();
        }
    }

    // What went wrong and, when a wrapper hides it, why (a refused connection, a missing password).
    private static string OneLine(Exception e)
    {
        var cause = e.GetBaseException();
        var text = cause == e || e.Message.Contains(cause.Message, StringComparison.Ordinal) ? e.Message : $"{e.Message} ({cause.Message})";
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
