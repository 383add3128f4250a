namespace MockInterviewer.Contracts.Assessments;

public sealed record AssessmentRequest(string? QuestionId, string? Answer, string? Language);
