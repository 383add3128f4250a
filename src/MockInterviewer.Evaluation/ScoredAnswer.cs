using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation;

public sealed record ScoredAnswer(LabelledAnswer Answer, string Track, Assessment Assessment)
{
    public int Score => Assessment.Score;
}
