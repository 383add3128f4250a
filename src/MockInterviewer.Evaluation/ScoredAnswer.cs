namespace MockInterviewer.Evaluation;

public sealed record ScoredAnswer(LabelledAnswer Answer, string Track, int Score);
