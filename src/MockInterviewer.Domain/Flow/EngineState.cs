namespace MockInterviewer.Domain.Flow;

/// <summary>Where a session's words and grades come from at the moment.</summary>
public enum EngineState
{
    /// <summary>No model is configured: the offline engine is the product.</summary>
    Offline,

    Model,

    /// <summary>A model is configured but not answering; the offline engine stands in until it is back.</summary>
    ModelUnavailable,

    /// <summary>The session has spent its model tokens; the offline engine finishes it.</summary>
    BudgetSpent,
}
