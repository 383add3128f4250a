namespace MockInterviewer.Domain.Flow;

public sealed record SelfIntroAttempt(string Answer, int Score, int EstimatedSeconds)
{
    /// <summary>Its spoken length against the one minute.</summary>
    public LengthVerdict Verdict => SpokenLength.VerdictOf(EstimatedSeconds, SpokenLength.TargetSeconds);
}
