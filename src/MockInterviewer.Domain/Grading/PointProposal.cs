namespace MockInterviewer.Domain.Grading;

/// <param name="Quote">The candidate's words that show the point (or, for <see cref="PointStatus.Incorrect"/>, the wrong statement).</param>
public sealed record PointProposal(string PointId, PointStatus Status, string? Quote);
