using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Server.Telemetry;

/// <summary>Where traces, metrics and logs go: nowhere unless an OTLP endpoint is set.</summary>
public sealed class TelemetryOptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:Telemetry";

    /// <summary>An OpenTelemetry collector's OTLP address, e.g. http://localhost:4317 (gRPC) or http://localhost:4318 (HTTP).</summary>
    public string? OtlpEndpoint { get; set; }

    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "MockInterviewer:Telemetry:OtlpProtocol must be grpc or http/protobuf.")]
    public string OtlpProtocol { get; set; } = "grpc";

    [Required(AllowEmptyStrings = false, ErrorMessage = "MockInterviewer:Telemetry:ServiceName must not be empty.")]
    public string ServiceName { get; set; } = "mockinterviewer";

    public bool Exports => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Exports && !IsHttpUrl(OtlpEndpoint!))
        {
            yield return new ValidationResult(
                "MockInterviewer:Telemetry:OtlpEndpoint must be an absolute http:// or https:// address, e.g. http://localhost:4317.",
                [nameof(OtlpEndpoint)]);
        }
    }

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
