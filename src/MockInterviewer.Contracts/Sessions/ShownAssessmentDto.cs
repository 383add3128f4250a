using MockInterviewer.Contracts.Assessments;

namespace MockInterviewer.Contracts.Sessions;

/// <summary>An assessment the candidate was shown during the interview (feedback: after-each).</summary>
/// <param name="MessageId">The feedback message the assessment came with; the page shows its card just before it.</param>
public sealed record ShownAssessmentDto(string QuestionId, string MessageId, AssessmentDto Assessment);
