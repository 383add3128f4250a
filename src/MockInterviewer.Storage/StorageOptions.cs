using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Storage;

public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:Storage";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    [Required]
    [AllowedValues(Sqlite, Postgres, ErrorMessage = "MockInterviewer:Storage:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// For SQLite, empty means a file in the per-user data folder (<see cref="Storage.DataFolder"/>); PostgreSQL
    /// needs one (an Npgsql connection string).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Whether the server applies pending migrations as it starts. Where several nodes share one database, turn it
    /// off and run the <c>migrate</c> command once per release instead.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    public bool IsPostgres => Provider == Postgres;

    /// <summary>How long a write waits for a busy database before the caller hears <c>storage-unavailable</c>.</summary>
    [Range(1, 60, ErrorMessage = "MockInterviewer:Storage:BusyTimeoutSeconds must be from 1 to 60 seconds.")]
    public int BusyTimeoutSeconds { get; set; } = 3;

    /// <summary>
    /// SQLite's <c>synchronous</c> setting for the store's connections (the file is in WAL mode): <c>normal</c> (a
    /// power cut may lose the last commits, never the database) or <c>full</c> (every commit waits for the disk).
    /// </summary>
    [AllowedValues("normal", "full", ErrorMessage = "MockInterviewer:Storage:SqliteSynchronous must be 'normal' or 'full'.")]
    public string SqliteSynchronous { get; set; } = "normal";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "MockInterviewer:Storage:ConnectionString is required when MockInterviewer:Storage:Provider is 'postgres' "
                + "(e.g. Host=db.example;Database=mockinterviewer;Username=mockinterviewer;Password=...).",
                [nameof(ConnectionString)]);
        }
    }
}
