using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Server.Configuration;

public sealed class SignalROptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:SignalR";

    /// <summary>Redis connection string for running several nodes; empty for one node.</summary>
    public string? Redis { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Redis))
        {
            yield return new ValidationResult(
                "MockInterviewer:SignalR:Redis is not available in this version yet; leave it empty to run one node.",
                [nameof(Redis)]);
        }
    }
}
