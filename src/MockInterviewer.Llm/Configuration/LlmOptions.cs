using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Llm.Configuration;

/// <summary>
/// Which model interviews and grades. Messages name keys, never values: the key is a secret and an endpoint may
/// carry one in its query string.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:Llm";

    [Required(ErrorMessage = "MockInterviewer:Llm:Provider is required.")]
    [AllowedValues(LlmProviders.Offline, LlmProviders.OpenAi, LlmProviders.AzureOpenAi, LlmProviders.OpenAiCompatible,
        ErrorMessage = "MockInterviewer:Llm:Provider must be one of: offline, openai, azure-openai, openai-compatible.")]
    public string Provider { get; set; } = LlmProviders.Offline;

    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    /// <summary>A second model (or Azure deployment) for grading only, on the same provider; empty means <see cref="Model"/>.</summary>
    public string? GradingModel { get; set; }

    [Range(1_000, 100_000_000, ErrorMessage = "MockInterviewer:Llm:MaxTokensPerSession must be between 1000 and 100000000.")]
    public int MaxTokensPerSession { get; set; } = 200_000;

    public bool UsesModel => Provider is not LlmProviders.Offline;

    public string ModelForGrading => string.IsNullOrWhiteSpace(GradingModel) ? Model ?? "" : GradingModel;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var needs = LlmProviders.Needs(Provider);
        if (needs.Endpoint && string.IsNullOrWhiteSpace(Endpoint))
        {
            yield return Missing(nameof(Endpoint));
        }

        if (needs.ApiKey && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return Missing(nameof(ApiKey));
        }

        if (needs.Model && string.IsNullOrWhiteSpace(Model))
        {
            yield return Missing(nameof(Model));
        }

        if (!string.IsNullOrWhiteSpace(Endpoint) && !IsHttpUrl(Endpoint))
        {
            yield return new ValidationResult($"{SectionName}:Endpoint must be an absolute http or https URL.", [nameof(Endpoint)]);
        }
    }

    private ValidationResult Missing(string key) =>
        new($"{SectionName}:{key} is required when {SectionName}:Provider is '{Provider}'.", [key]);

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
