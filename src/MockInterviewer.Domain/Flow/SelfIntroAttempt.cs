using System.Text.Json.Serialization;

namespace MockInterviewer.Domain.Flow;

public sealed record SelfIntroAttempt(string Answer, int Score, int EstimatedSeconds)
{
    /// <summary>Its spoken length against the one minute; derived, so not stored with the session.</summary>
    [JsonIgnore]
    public LengthVerdict Verdict => SpokenLength.VerdictOf(EstimatedSeconds, SpokenLength.TargetSeconds);
}
