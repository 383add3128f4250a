namespace MockInterviewer.Domain.Flow;

/// <summary>How long the slow steps (grading, the interviewer speaking) may take, and how often speaking is tried.</summary>
/// <param name="SpeakingAttempts">Tries at one message before the session reports the interviewer unavailable.</param>
public sealed record PipelineSettings(TimeSpan GradingTimeout, TimeSpan SpeakingTimeout, int SpeakingAttempts)
{
    public static PipelineSettings Default { get; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60), 3);

    /// <summary>How long a new interview waits for the model to draft questions for its job posting before it starts without them.</summary>
    public TimeSpan DraftingTimeout { get; init; } = TimeSpan.FromSeconds(20);
}
