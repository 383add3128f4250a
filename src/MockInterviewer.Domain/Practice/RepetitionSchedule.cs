using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Practice;

/// <summary>
/// Spaced repetition: a point missed or stated wrongly comes back the next day, one half-stated the day after;
/// a covered point comes back after <see cref="FirstCovered"/>, and each further covered result in a row
/// multiplies the wait by <see cref="Growth"/>, up to <see cref="Longest"/>. Anything short of covered starts
/// the run again.
/// </summary>
public static class RepetitionSchedule
{
    public const double Growth = 2.5;

    public static TimeSpan AfterMiss { get; } = TimeSpan.FromDays(1);

    public static TimeSpan AfterPartial { get; } = TimeSpan.FromDays(2);

    public static TimeSpan FirstCovered { get; } = TimeSpan.FromDays(3);

    public static TimeSpan Longest { get; } = TimeSpan.FromDays(180);

    /// <param name="oldestFirst">The point's results, at least one.</param>
    public static DateTimeOffset DueAt(IReadOnlyList<PointResult> oldestFirst) =>
        oldestFirst[^1].At + Interval(oldestFirst.Select(r => r.Status).ToList());

    public static TimeSpan Interval(IReadOnlyList<PointStatus> oldestFirst)
    {
        var run = 0;
        for (var i = oldestFirst.Count - 1; i >= 0 && oldestFirst[i] == PointStatus.Covered; i--)
        {
            run++;
        }

        if (run == 0)
        {
            return oldestFirst[^1] == PointStatus.Partial ? AfterPartial : AfterMiss;
        }

        var days = FirstCovered.TotalDays * Math.Pow(Growth, run - 1);
        return days >= Longest.TotalDays ? Longest : TimeSpan.FromDays(days);
    }
}
