namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// When each numbered token was sent, written by the pacer's one thread and read by the candidates' loop: an array
/// by token number (tokens are numbered from 1 in the order sent), in segments allocated as the count grows.
/// </summary>
internal sealed class SentTimes
{
    private const int SegmentBits = 16;
    private const int SegmentSize = 1 << SegmentBits;

    private readonly long[]?[] _segments = new long[]?[1 << 14];

    /// <summary>Only ever called from one thread at a time.</summary>
    public void Record(long token, long timestamp)
    {
        var segment = (int)(token >> SegmentBits);
        var slots = Volatile.Read(ref _segments[segment]);
        if (slots is null)
        {
            slots = new long[SegmentSize];
            Volatile.Write(ref _segments[segment], slots);
        }

        Volatile.Write(ref slots[token & (SegmentSize - 1)], timestamp);
    }

    public bool TryGet(long token, out long timestamp)
    {
        timestamp = 0;
        var segment = token >> SegmentBits;
        if (token <= 0 || segment >= _segments.Length || Volatile.Read(ref _segments[segment]) is not { } slots)
        {
            return false;
        }

        timestamp = Volatile.Read(ref slots[token & (SegmentSize - 1)]);
        return timestamp != 0;
    }
}
