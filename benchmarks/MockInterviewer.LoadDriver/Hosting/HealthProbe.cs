using System.Diagnostics;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>
/// Asks /healthz at a steady pace while a load runs, and keeps how long each answer took. It asks from a thread of
/// its own with the synchronous HttpClient.Send, so that its timing does not include the wait for this driver's own
/// thread pool, which a thousand candidates' connections keep busy on the same cores: only the server is timed.
/// </summary>
public sealed class HealthProbe : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http;
    private readonly Uri _healthz;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public HealthProbe(Uri server)
    {
        _http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        _healthz = new Uri(server, "/healthz");
        _thread = new Thread(Probe) { IsBackground = true, Name = "healthz probe" };
        _thread.Start();
    }

    public Samples Latency { get; } = new();

    public int Failures { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.Run(_thread.Join);
        _http.Dispose();
        _stop.Dispose();
    }

    private void Probe()
    {
        var next = Stopwatch.GetTimestamp();
        while (!_stop.IsCancellationRequested)
        {
            // Paced like a PeriodicTimer: a slow answer delays the next ask rather than piling asks up.
            next += (long)(Interval.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
            if (wait > TimeSpan.Zero && _stop.Token.WaitHandle.WaitOne(wait))
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = _http.Send(new HttpRequestMessage(HttpMethod.Get, _healthz), HttpCompletionOption.ResponseContentRead, _stop.Token);
                if (response.IsSuccessStatusCode)
                {
                    Latency.Add(Stopwatch.GetElapsedTime(started));
                }
                else
                {
                    Failures++;
                }
            }
            catch (HttpRequestException)
            {
                Failures++;
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }

            if (Stopwatch.GetTimestamp() > next)
            {
                next = Stopwatch.GetTimestamp();
            }
        }
    }
}
