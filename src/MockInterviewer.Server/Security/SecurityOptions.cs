using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Server.Security;

public sealed class SecurityOptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:Security";

    /// <summary>
    /// Origins besides the server's own (e.g. "https://bootcamp.example") whose pages may open the hub and call
    /// the API from a browser. Empty: same origin only, and CORS stays closed.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Addresses or networks ("10.0.0.5", "10.0.0.0/8") of the reverse proxies in front of the server, whose
    /// X-Forwarded-For and X-Forwarded-Proto are believed. Empty: those headers are ignored.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in TrustedProxies)
        {
            if (!Security.TrustedProxies.TryParse(entry, out _))
            {
                yield return new ValidationResult(
                    $"{SectionName}:TrustedProxies: '{entry}' is neither an IP address nor a network such as 10.0.0.0/8.",
                    [nameof(TrustedProxies)]);
            }
        }
    }
}
