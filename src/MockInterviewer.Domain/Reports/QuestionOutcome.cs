namespace MockInterviewer.Domain.Reports;

public enum QuestionOutcome
{
    Answered,
    Skipped,

    /// <summary>Asked, but the interview ended (by the candidate or the clock) before any answer.</summary>
    Unanswered,

    /// <summary>Never reached.</summary>
    Unasked,
}
