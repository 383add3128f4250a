using System.Runtime;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// Holds this driver's garbage collector off through a measured phase. A collection stops every thread of the
/// driver, the candidates' receipts included, and the server GC's pause (tens of milliseconds for a gen2) would be
/// billed to the server as latency: in the relay at 200 sessions one such pause in the three seconds measured was
/// enough to set p99. Collects first, then asks the runtime for a phase with no collection up to
/// <see cref="Budget"/> bytes allocated; says whether that held and what the driver's GC paused meanwhile.
/// </summary>
public sealed class DriverGcHold : IDisposable
{
    public const long Budget = 240L * 1024 * 1024;

    private readonly TimeSpan _pausedBefore;
    private readonly long _allocatedBefore;
    private readonly bool _started;
    private string? _summary;

    private DriverGcHold(bool started)
    {
        _started = started;
        _pausedBefore = GC.GetTotalPauseDuration();
        _allocatedBefore = GC.GetTotalAllocatedBytes();
    }

    /// <summary>How it went, once disposed: held, or how long the driver's GC paused.</summary>
    public string Summary => _summary ?? throw new InvalidOperationException("The phase has not ended yet.");

    public static DriverGcHold Begin()
    {
        // Another phase measured at the same time in this process holds it already; collecting would end its hold.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return new DriverGcHold(started: false);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        bool started;
        try
        {
            started = GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A budget larger than the runtime allows, or a hold begun meanwhile on another thread: this phase runs
            // with the GC as usual, and says so.
            started = false;
        }

        return new DriverGcHold(started);
    }

    public void Dispose()
    {
        if (_summary is not null)
        {
            return;
        }

        var held = _started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;
        if (held)
        {
            GC.EndNoGCRegion();
        }

        var paused = GC.GetTotalPauseDuration() - _pausedBefore;
        var allocated = (GC.GetTotalAllocatedBytes() - _allocatedBefore) / (1024.0 * 1024.0);
        _summary = held
            ? $"none: held off ({allocated:F0} MB allocated)"
            : $"{paused.TotalMilliseconds:F0} ms paused ({allocated:F0} MB allocated{(_started ? ", past the hold's budget" : ", no hold available")})";
    }
}
