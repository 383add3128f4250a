namespace MockInterviewer.Domain.Grading;

/// <param name="Evidence">A verbatim quote from the candidate's answer, or null.</param>
public sealed record PointAssessment(string PointId, string Text, PointStatus Status, string? Evidence);
