using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Server.Configuration;

/// <summary>How long an interview and its resume token live without anyone acting in it.</summary>
public sealed class SessionsOptions
{
    public const string SectionName = "MockInterviewer:Sessions";

    // Half a day: an interview left open over lunch or an afternoon of classes is still there; one forgotten overnight is not.
    [Range(1, 525_600, ErrorMessage = "MockInterviewer:Sessions:IdleTimeoutMinutes must be between 1 and 525600 (a year).")]
    public int IdleTimeoutMinutes { get; set; } = 720;

    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(IdleTimeoutMinutes);
}
