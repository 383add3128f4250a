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

    // The defaults keep a message's tries within Interview:SpeakingTimeoutSeconds (60): three tries of 15 s for a
    // first token, with the backoff between them, end before the flow gives up on the message itself.
    [Range(0, 10, ErrorMessage = "MockInterviewer:Llm:Retries must be between 0 and 10.")]
    public int Retries { get; set; } = 2;

    [Range(0.0, 60.0, ErrorMessage = "MockInterviewer:Llm:RetryDelaySeconds must be between 0 and 60.")]
    public double RetryDelaySeconds { get; set; } = 1;

    [Range(0.05, 600.0, ErrorMessage = "MockInterviewer:Llm:FirstTokenTimeoutSeconds must be between 0.05 and 600.")]
    public double FirstTokenTimeoutSeconds { get; set; } = 15;

    [Range(0.05, 600.0, ErrorMessage = "MockInterviewer:Llm:IdleTimeoutSeconds must be between 0.05 and 600.")]
    public double IdleTimeoutSeconds { get; set; } = 10;

    [Range(0.05, 600.0, ErrorMessage = "MockInterviewer:Llm:RequestTimeoutSeconds must be between 0.05 and 600.")]
    public double RequestTimeoutSeconds { get; set; } = 15;

    // Polly's own limits: a ratio in (0, 1], at least 2 calls, at least half a second each.
    [Range(0.01, 1.0, ErrorMessage = "MockInterviewer:Llm:BreakerFailureRatio must be between 0.01 and 1.")]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 10_000, ErrorMessage = "MockInterviewer:Llm:BreakerMinimumThroughput must be between 2 and 10000.")]
    public int BreakerMinimumThroughput { get; set; } = 4;

    [Range(0.5, 3600.0, ErrorMessage = "MockInterviewer:Llm:BreakerSamplingSeconds must be between 0.5 and 3600.")]
    public double BreakerSamplingSeconds { get; set; } = 30;

    [Range(0.5, 3600.0, ErrorMessage = "MockInterviewer:Llm:BreakerBreakSeconds must be between 0.5 and 3600.")]
    public double BreakerBreakSeconds { get; set; } = 30;

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
