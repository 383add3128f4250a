namespace MockInterviewer.LoadDriver.Reporting;

/// <summary>Durations collected from many threads, read as nearest-rank percentiles in milliseconds.</summary>
public sealed class Samples
{
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_milliseconds)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan duration) => AddMilliseconds(duration.TotalMilliseconds);

    public void AddMilliseconds(double milliseconds)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(milliseconds);
        }
    }

    /// <returns>NaN when there is no sample.</returns>
    public double Percentile(double p)
    {
        double[] sorted;
        lock (_milliseconds)
        {
            sorted = [.. _milliseconds];
        }

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public double Median => Percentile(50);
}
