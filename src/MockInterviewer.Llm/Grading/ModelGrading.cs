namespace MockInterviewer.Llm.Grading;

/// <summary>
/// The shape the model must answer in (sent as a strict JSON schema). No score: the server computes it, and a
/// number the model adds anyway is not even read.
/// </summary>
internal sealed record ModelGrading(
    IReadOnlyList<ModelPointGrading> Points,
    string? Misreading,
    string? FollowUpPointId,
    string? FollowUpText,
    bool OnlyKeywords,
    bool AddressedTheGrader);
