using System.ComponentModel.DataAnnotations;
using StackExchange.Redis;

namespace MockInterviewer.Server.Configuration;

public sealed class SignalROptions : IValidatableObject
{
    public const string SectionName = "MockInterviewer:SignalR";

    /// <summary>Redis connection string for running several nodes behind one address; empty for one node.</summary>
    public string? Redis { get; set; }

    /// <summary>How long a node's hold on a session lasts unless renewed: how soon another node takes over from one that died.</summary>
    [Range(1, 300, ErrorMessage = "MockInterviewer:SignalR:LeaseSeconds must be between 1 and 300.")]
    public int LeaseSeconds { get; set; } = 10;

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesRedis)
        {
            yield break;
        }

        string? problem = null;
        try
        {
            ConfigurationOptions.Parse(Redis!);
        }
        catch (ArgumentException e)
        {
            // The message names the option that did not parse, never the password.
            problem = e.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult($"MockInterviewer:SignalR:Redis is not a Redis connection string: {problem}", [nameof(Redis)]);
        }
    }
}
