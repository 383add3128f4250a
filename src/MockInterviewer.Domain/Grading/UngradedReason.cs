namespace MockInterviewer.Domain.Grading;

/// <summary>Why an answer to a drafted question, which only the model grades, was left without a grade.</summary>
public enum UngradedReason
{
    /// <summary>The model could not be reached (down, failing, its breaker open, too slow), or none is configured now.</summary>
    ModelUnavailable,

    /// <summary>The model answered twice with what does not read as a grading.</summary>
    UnreadableReply,

    /// <summary>The session has spent the tokens it may spend on the model.</summary>
    BudgetSpent,
}
