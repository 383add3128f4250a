using Xunit;

namespace MockInterviewer.Testing.Postgres;

/// <summary>A test that needs PostgreSQL: skipped, with the reason shown, when <see cref="TestPostgres.Variable"/> is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = TestPostgres.SkipReason;
    }
}
