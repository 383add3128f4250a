namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// What every measured phase runs under and reports: this driver's garbage collector held off
/// (<see cref="DriverGcHold"/>), and the CPU the host gave other machines meanwhile (<see cref="HostSteal"/>).
/// </summary>
public sealed class MeasuredPhase : IDisposable
{
    // In this order: the hold's collection comes before the steal is watched.
    private readonly DriverGcHold _gc = DriverGcHold.Begin();
    private readonly HostSteal _steal = HostSteal.Watch();
    private string? _stolen;

    public static MeasuredPhase Begin() => new();

    /// <summary>Whether the driver's GC stayed held off, once the phase has ended.</summary>
    public string DriverGc => _gc.Summary;

    /// <summary>The host's steal over the phase, once it has ended.</summary>
    public string Steal => _stolen ?? throw new InvalidOperationException("The phase has not ended yet.");

    public void Dispose()
    {
        if (_stolen is not null)
        {
            return;
        }

        _gc.Dispose();
        _stolen = _steal.Share();
    }
}
