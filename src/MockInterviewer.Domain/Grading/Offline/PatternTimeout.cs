namespace MockInterviewer.Domain.Grading.Offline;

internal static class PatternTimeout
{
    // A guard against runaway backtracking, not a budget: the patterns are linear, but on a busy machine a thread
    // may wait longer than a few hundred milliseconds for the processor, and grading must not fail for that.
    public static readonly TimeSpan Value = TimeSpan.FromSeconds(2);
}
