using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MockInterviewer.Storage.Sqlite.Design;

/// <summary>
/// What `dotnet ef migrations add X --project src/MockInterviewer.Storage.Sqlite` builds the model with; the file
/// is never opened for that (only `database update` would create it).
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<InterviewDbContext>
{
    public InterviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InterviewDbContext>()
            .UseSqlite("Data Source=design-time.db", StorageMigrations.Sqlite)
            .Options);
}
