namespace MockInterviewer.Domain.Flow;

public sealed record SelfIntroAttempt(string Answer, int Score, int EstimatedSeconds);
