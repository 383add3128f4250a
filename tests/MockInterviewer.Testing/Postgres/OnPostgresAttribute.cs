namespace MockInterviewer.Testing.Postgres;

/// <summary>
/// Marks a test class that runs its (often inherited) <see cref="StorageFactAttribute"/> tests on PostgreSQL: they
/// are skipped, with the reason shown, when <see cref="TestPostgres.Variable"/> is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OnPostgresAttribute : Attribute;
