using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Storage;

public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:Storage";
    public const string Sqlite = "sqlite";

    [Required]
    [AllowedValues(Sqlite, "postgres", ErrorMessage = "MockInterviewer:Storage:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>Empty means a SQLite file in the per-user data folder (<see cref="Storage.DataFolder"/>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a write waits for a busy database before the caller hears <c>storage-unavailable</c>.</summary>
    [Range(1, 60, ErrorMessage = "MockInterviewer:Storage:BusyTimeoutSeconds must be from 1 to 60 seconds.")]
    public int BusyTimeoutSeconds { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != Sqlite)
        {
            yield return new ValidationResult(
                $"MockInterviewer:Storage:Provider '{Provider}' is not available in this version yet; use 'sqlite'.",
                [nameof(Provider)]);
        }
    }
}
