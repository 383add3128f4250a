using System.Diagnostics;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// How long work waits in this driver's own thread pool while a load runs: every few milliseconds a thread of its
/// own queues an item and keeps the time until the pool runs it. The candidates' connections read and time their
/// messages on that pool, so on cores shared with the server its queue is part of every latency the driver
/// reports, and a real class's browsers, each on its own machine, would not have it.
/// </summary>
public sealed class PoolLagProbe : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public PoolLagProbe()
    {
        _thread = new Thread(Probe) { IsBackground = true, Name = "pool lag probe" };
        _thread.Start();
    }

    public Samples Lag { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }

    private void Probe()
    {
        while (!_stop.Token.WaitHandle.WaitOne(Interval))
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static state => state.Probe.Lag.Add(Stopwatch.GetElapsedTime(state.Queued)),
                (Probe: this, Queued: Stopwatch.GetTimestamp()),
                preferLocal: false);
        }
    }
}
