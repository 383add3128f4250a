namespace MockInterviewer.Domain.Tailoring;

/// <summary>
/// A question a model drafted for what a job posting asks and the bank lacks. It has no model answer and no
/// offline patterns, so only the model can grade it.
/// </summary>
/// <param name="Text">The question, in the posting's language.</param>
/// <param name="Why">The posting's words it comes from.</param>
/// <param name="Points">The reference points the model proposes.</param>
public sealed record DraftedQuestion(string Text, IReadOnlyList<string> Why, IReadOnlyList<DraftedPoint> Points);

/// <summary>A reference point the model proposes for a drafted question, weighted as the bank's points are.</summary>
public sealed record DraftedPoint(string Text, int Weight);
