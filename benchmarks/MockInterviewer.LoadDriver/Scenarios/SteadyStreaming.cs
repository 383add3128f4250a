using System.Diagnostics;
using MockInterviewer.LoadDriver.Candidates;
using MockInterviewer.LoadDriver.Hosting;
using MockInterviewer.LoadDriver.Model;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Scenarios;

/// <summary>
/// The sessions streaming one message after another, as a service streams to candidates who each ask at their own
/// moment, where the other phases release every stream in the same 33 ms. Each session skips to its next question as
/// soon as the last has been said; the first skips are spread over one message's length. Timed: the tokens the model
/// sends over the two message lengths after that, when every session streams at its own point of its own message.
/// </summary>
internal static class SteadyStreaming
{
    /// <summary>Message lengths: one to spread the starts, two measured.</summary>
    public const int Lengths = 3;

    /// <summary>Questions each session needs for it, besides the two asked before: a skip a length and one to spare.</summary>
    public const int Questions = Lengths + 2;

    private static readonly TimeSpan PhaseLead = TimeSpan.FromMilliseconds(500);

    /// <param name="record">Where the scenario's delta handler puts token times from now on.</param>
    /// <returns>The times, and what the table says of how they were taken.</returns>
    public static async Task<(Samples Travelled, string Details)> RunAsync(
        Crowd crowd, PacedModel model, ServerGcWatch? serverGc, Action<WindowedSamples> record, CancellationToken cancellationToken)
    {
        var length = model.Interval * model.Tokens;
        var start = Stopwatch.GetTimestamp();
        var from = start + Ticks(length);
        var to = from + Ticks(length * (Lengths - 1));
        var window = new WindowedSamples(from, to);
        record(window);

        var candidates = crowd.Candidates;
        var failed = 0;
        var skipping = candidates.Select((candidate, i) => Task.Run(async () =>
        {
            var skips = 0;
            try
            {
                await Task.Delay(length * i / candidates.Count, cancellationToken);
                while (Stopwatch.GetTimestamp() < to && await candidate.SkipAndHearAsync(cancellationToken) is not null)
                {
                    skips++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref failed);
            }

            return skips;
        }, cancellationToken)).ToList();

        // The phase begins a little early: the driver's own collection at its start must not delay tokens timed.
        await Task.Delay(Until(from - Ticks(PhaseLead)), cancellationToken);
        using var phase = MeasuredPhase.Begin(serverGc);
        await Task.Delay(Until(to), cancellationToken);
        phase.Dispose();
        var skips = await Task.WhenAll(skipping);

        return (window.Samples, $"{candidates.Count} sessions, {skips.Sum()} messages, {window.Samples.Count} tokens timed; {failed} failed; "
            + $"the server's GC pauses: {await phase.ServerGcAsync()}; the driver's GC {phase.DriverGc}; steal {phase.Steal}");
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static TimeSpan Until(long timestamp)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
