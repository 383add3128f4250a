using System.Diagnostics;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Hosting;

/// <summary>Asks /healthz at a steady pace while a load runs, and keeps how long each answer took.</summary>
public sealed class HealthProbe : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _probing;

    public HealthProbe(Uri server)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(60) };
        _probing = Task.Run(ProbeAsync);
    }

    public Samples Latency { get; } = new();

    public int Failures { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _probing;
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ProbeAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await _http.GetAsync(new Uri("/healthz", UriKind.Relative), _stop.Token);
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
            }
        }
        catch (OperationCanceledException)
        {
            // The load is over.
        }
    }
}
