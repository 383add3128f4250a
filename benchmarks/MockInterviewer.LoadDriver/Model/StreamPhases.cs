namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// When each of the paced model's streams sends its first token after the gate opens. Real models' streams are
/// not phase-locked: each started when its request came and ticks on its own clock. <see cref="Spread"/> gives the
/// n-th stream released its own offset within one interval, the same for a given seed on every run, so that N
/// streams at 30 tokens/s send about N/33 tokens a millisecond rather than N at once every 33 ms.
/// <see cref="Aligned"/> keeps them all on one clock: the worst case, every stream's token in the same instant.
/// </summary>
public sealed class StreamPhases
{
    private readonly TimeSpan _interval;
    private readonly int? _seed;

    private StreamPhases(TimeSpan interval, int? seed)
    {
        _interval = interval;
        _seed = seed;
    }

    public static StreamPhases Aligned { get; } = new(TimeSpan.Zero, null);

    public static StreamPhases Spread(TimeSpan interval, int seed) =>
        interval > TimeSpan.Zero ? new(interval, seed) : throw new ArgumentOutOfRangeException(nameof(interval), interval, "An interval must be positive.");

    public bool IsAligned => _seed is null;

    /// <summary>The wait before the first token of the n-th stream released (from 0): zero when aligned, else in [0, interval).</summary>
    public TimeSpan OffsetOf(long stream)
    {
        if (_seed is not { } seed)
        {
            return TimeSpan.Zero;
        }

        // A hash of (seed, stream) rather than a shared Random: the same offsets whichever thread asks first.
        var fraction = (Mix(((ulong)(uint)seed << 32) ^ (ulong)stream) >> 11) * (1.0 / (1UL << 53));
        return TimeSpan.FromTicks((long)(fraction * _interval.Ticks));
    }

    public override string ToString() => _seed is { } seed ? $"spread over {_interval.TotalMilliseconds:0.#} ms (seed {seed})" : "aligned";

    // SplitMix64's finaliser: neighbouring inputs give unrelated outputs.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
