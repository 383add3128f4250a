using Microsoft.Data.Sqlite;

namespace MockInterviewer.Storage.Tests.Support;

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mockinterviewer-storage-").FullName;

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MockInterviewer:Storage:Provider"] = StorageOptions.Sqlite,
        ["MockInterviewer:Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "interviews.db")}",
    };

    protected override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
