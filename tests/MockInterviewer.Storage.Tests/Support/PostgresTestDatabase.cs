using MockInterviewer.Testing.Postgres;

namespace MockInterviewer.Storage.Tests.Support;

/// <summary>A database of its own on the test server, created by the first migration and dropped at the end.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _connectionString = TestPostgres.ConnectionString is null
        ? ""
        : TestPostgres.ConnectionStringFor(TestPostgres.NewDatabaseName());

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MockInterviewer:Storage:Provider"] = StorageOptions.Postgres,
        ["MockInterviewer:Storage:ConnectionString"] = _connectionString,
    };

    protected override bool Available => _connectionString.Length > 0;

    protected override Task DropAsync() =>
        _connectionString.Length == 0 ? Task.CompletedTask : TestPostgres.DropDatabaseAsync(_connectionString);
}
