namespace MockInterviewer.Contracts.JobPostings;

public sealed record JobPostingPlanRequest(string? Text, string? Language);

/// <param name="Questions">The bank's questions that fit the posting, best first.</param>
/// <param name="Drafted">Questions a model drafted for what the bank lacks; empty without a model.</param>
public sealed record JobPostingPlanDto(IReadOnlyList<PlannedQuestionDto> Questions, IReadOnlyList<DraftedQuestionDto> Drafted);

/// <param name="Why">The posting's words that matched, the most telling first.</param>
public sealed record PlannedQuestionDto(string Id, string Text, IReadOnlyList<string> Why);

/// <summary>A question the model drafted; only the model can grade it.</summary>
/// <param name="Text">The question, in the request's language.</param>
/// <param name="Why">The posting's words it comes from.</param>
/// <param name="Points">The reference points the model proposes (an extension of the contract).</param>
public sealed record DraftedQuestionDto(string Text, IReadOnlyList<string> Why, IReadOnlyList<DraftedPointDto> Points);

public sealed record DraftedPointDto(string Text, int Weight);
