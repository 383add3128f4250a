namespace MockInterviewer.Llm.Drafting;

/// <summary>The shape the model must answer in when drafting questions (sent as a strict JSON schema).</summary>
internal sealed record ModelDrafts(IReadOnlyList<ModelDraftedQuestion> Questions);

/// <param name="Why">The posting's words the question comes from.</param>
internal sealed record ModelDraftedQuestion(string Text, IReadOnlyList<string> Why, IReadOnlyList<ModelDraftedPoint> Points);

internal sealed record ModelDraftedPoint(string Text, int Weight);
