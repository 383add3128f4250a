namespace MockInterviewer.Domain.Grading;

/// <summary>
/// What an engine (the offline matcher or a model) proposes about an answer. Nothing here is trusted as-is:
/// <see cref="AssessmentVerifier"/> checks every quote against the candidate's words and computes the score.
/// </summary>
/// <param name="Misreading">What the answer seems to have answered instead, when it misread the question (e.g. normalization for regularization).</param>
/// <param name="FollowUp">A follow-up in the engine's own words, aimed at a point it judged missing; used only if that point is still open once verified.</param>
public sealed record GradingProposal(
    IReadOnlyList<PointProposal> Points,
    GradingEngine Engine,
    AnswerObservations Observations,
    string? Misreading = null,
    ProposedFollowUp? FollowUp = null);

public sealed record ProposedFollowUp(string PointId, string Text);
