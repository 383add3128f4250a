using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation;

/// <param name="Parallel">Answers graded at once.</param>
/// <param name="AnswerTimeout">How long one answer's grading may take; past it, or when the grader fails, <paramref name="Fallback"/> grades the answer.</param>
/// <param name="Fallback">The grader of last resort; null lets a failure end the run.</param>
/// <param name="Graded">Told of each answer as it is graded, from any thread.</param>
public sealed record ScoringOptions(
    int Parallel = 1,
    TimeSpan? AnswerTimeout = null,
    IAnswerGrader? Fallback = null,
    Action<ScoredAnswer>? Graded = null)
{
    public static ScoringOptions Sequential { get; } = new();
}
