using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MockInterviewer.Storage.Postgres.Design;

/// <summary>
/// What `dotnet ef migrations add X --project src/MockInterviewer.Storage.Postgres` builds the model with; adding a
/// migration connects to no server. `database update` connects to MOCKINTERVIEWER_DESIGN_POSTGRES when set.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<InterviewDbContext>
{
    public InterviewDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InterviewDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("MOCKINTERVIEWER_DESIGN_POSTGRES") ?? "Host=127.0.0.1;Database=mockinterviewer",
                StorageMigrations.Postgres)
            .Options);
}
