using System.Diagnostics;

namespace MockInterviewer.LoadDriver.Reporting;

/// <summary>How long tokens travelled, counting only those the model sent within a window (<see cref="Stopwatch"/> timestamps).</summary>
public sealed class WindowedSamples(long from = long.MinValue, long to = long.MaxValue)
{
    public Samples Samples { get; } = new();

    public void Add(long sentAt, long receivedAt)
    {
        if (sentAt >= from && sentAt < to)
        {
            Samples.Add(Stopwatch.GetElapsedTime(sentAt, receivedAt));
        }
    }
}
