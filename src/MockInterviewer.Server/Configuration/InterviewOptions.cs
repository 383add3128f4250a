using System.ComponentModel.DataAnnotations;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Server.Configuration;

/// <summary>How long grading and the interviewer's words may take before they count as failed.</summary>
public sealed class InterviewOptions
{
    public const string SectionName = "MockInterviewer:Interview";

    [Range(1, 600, ErrorMessage = "MockInterviewer:Interview:GradingTimeoutSeconds must be between 1 and 600.")]
    public int GradingTimeoutSeconds { get; set; } = 60;

    [Range(1, 600, ErrorMessage = "MockInterviewer:Interview:SpeakingTimeoutSeconds must be between 1 and 600.")]
    public int SpeakingTimeoutSeconds { get; set; } = 60;

    [Range(1, 10, ErrorMessage = "MockInterviewer:Interview:SpeakingAttempts must be between 1 and 10.")]
    public int SpeakingAttempts { get; set; } = 3;

    [Range(1, 600, ErrorMessage = "MockInterviewer:Interview:DraftingTimeoutSeconds must be between 1 and 600.")]
    public int DraftingTimeoutSeconds { get; set; } = 20;

    public PipelineSettings ToPipeline() =>
        new(TimeSpan.FromSeconds(GradingTimeoutSeconds), TimeSpan.FromSeconds(SpeakingTimeoutSeconds), SpeakingAttempts)
        {
            DraftingTimeout = TimeSpan.FromSeconds(DraftingTimeoutSeconds),
        };
}
