using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Reports;

/// <summary>The report's summary as written once, when the session completed, and by which engine.</summary>
public sealed record WrittenSummary(string Text, GradingEngine Engine);
