using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading;

/// <param name="FollowUp">The follow-up the interviewer would ask next, or null when nothing important is missing.</param>
public sealed record Assessment(
    string QuestionId,
    Language Language,
    int Score,
    IReadOnlyList<PointAssessment> Points,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements,
    SuggestedFollowUp? FollowUp,
    GradingEngine Engine);

/// <param name="Index">The follow-up's position in the question's list, so the flow never asks it twice.</param>
public sealed record SuggestedFollowUp(int Index, string PointId, string Text);
