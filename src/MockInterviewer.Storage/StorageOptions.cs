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
