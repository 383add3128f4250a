using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Server.Configuration;

public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:Llm";
    public const string Offline = "offline";

    [Required]
    [AllowedValues(Offline, "openai", "azure-openai", "openai-compatible",
        ErrorMessage = "MockInterviewer:Llm:Provider must be one of: offline, openai, azure-openai, openai-compatible.")]
    public string Provider { get; set; } = Offline;

    [Url(ErrorMessage = "MockInterviewer:Llm:Endpoint must be an absolute URL.")]
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != Offline)
        {
            yield return new ValidationResult(
                $"MockInterviewer:Llm:Provider '{Provider}' is not available in this version yet; use 'offline'.",
                [nameof(Provider)]);
        }
    }
}
