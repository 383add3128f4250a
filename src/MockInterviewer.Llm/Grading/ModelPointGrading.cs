namespace MockInterviewer.Llm.Grading;

/// <param name="Quote">The candidate's words, verbatim, that show the point; checked by the domain's verifier.</param>
internal sealed record ModelPointGrading(string PointId, ModelPointStatus Status, string? Quote);
