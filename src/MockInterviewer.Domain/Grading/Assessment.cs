using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading;

/// <param name="FollowUp">The follow-up the interviewer would ask next, or null when nothing important is missing.</param>
/// <param name="Misreading">What the answer seems to have answered instead of the question, or null.</param>
public sealed record Assessment(
    string QuestionId,
    Language Language,
    int Score,
    IReadOnlyList<PointAssessment> Points,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements,
    SuggestedFollowUp? FollowUp,
    GradingEngine Engine)
{
    public string? Misreading { get; init; }

    public int HintsUsed { get; init; }
}

/// <param name="BankIndex">The follow-up's position in the question's list, or null for an engine's own words; the flow never asks one twice.</param>
/// <param name="PointId">The reference point it probes.</param>
public sealed record SuggestedFollowUp(int? BankIndex, string PointId, string Text);
