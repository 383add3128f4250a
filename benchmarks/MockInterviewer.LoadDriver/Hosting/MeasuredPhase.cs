using System.Diagnostics;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// What every measured phase runs under and reports: this driver's garbage collector held off
/// (<see cref="DriverGcHold"/>), the CPU the host gave other machines meanwhile (<see cref="HostSteal"/>), and the
/// server's own garbage collections (<see cref="ServerGcWatch"/>), when it is watched.
/// </summary>
public sealed class MeasuredPhase : IDisposable
{
    // In this order: the hold's collection comes before the steal is watched and the phase's clock starts.
    private readonly DriverGcHold _gc = DriverGcHold.Begin();
    private readonly HostSteal _steal = HostSteal.Watch();
    private readonly ServerGcWatch? _server;
    private readonly long _began = Stopwatch.GetTimestamp();
    private long _ended;
    private string? _stolen;

    private MeasuredPhase(ServerGcWatch? server)
    {
        _server = server;
    }

    public static MeasuredPhase Begin(ServerGcWatch? server = null) => new(server);

    /// <summary>Whether the driver's GC stayed held off, once the phase has ended.</summary>
    public string DriverGc => _gc.Summary;

    /// <summary>The host's steal over the phase, once it has ended.</summary>
    public string Steal => _stolen ?? throw NotEnded();

    /// <summary>The server's pauses for garbage collection over the phase, once it has ended and the server's event pipe has delivered them.</summary>
    public async Task<string> ServerGcAsync()
    {
        if (_stolen is null)
        {
            throw NotEnded();
        }

        return _server is null ? "not watched" : await _server.SummaryAsync(_began, _ended);
    }

    public void Dispose()
    {
        if (_stolen is not null)
        {
            return;
        }

        _ended = Stopwatch.GetTimestamp();
        _gc.Dispose();
        _stolen = _steal.Share();
    }

    private static InvalidOperationException NotEnded() => new("The phase has not ended yet.");
}
