using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation;

/// <param name="Stuck">Whether the flow would take the reply as a plea for help rather than an answer.</param>
public sealed record ScoredAnswer(LabelledAnswer Answer, string Track, Assessment Assessment, bool Stuck)
{
    public int Score => Assessment.Score;

    public bool HasIncorrectPoint => Assessment.Points.Any(p => p.Status == PointStatus.Incorrect);
}
