using System.ComponentModel.DataAnnotations;

namespace MockInterviewer.Server.Configuration;

public sealed class LimitsOptions
{
    public const string SectionName = "MockInterviewer:Limits";

    [Range(1, 100_000, ErrorMessage = "MockInterviewer:Limits:MaxAnswerChars must be between 1 and 100000.")]
    public int MaxAnswerChars { get; set; } = 4000;
}
