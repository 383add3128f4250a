namespace MockInterviewer.LoadDriver.Candidates;

/// <summary>Many candidates, opened a few at a time (as a class arrives, not all in one instant), then driven together.</summary>
public sealed class Crowd : IAsyncDisposable
{
    private Crowd(List<Candidate> candidates, List<string> failures)
    {
        Candidates = candidates;
        Failures = failures;
    }

    public IReadOnlyList<Candidate> Candidates { get; }

    /// <summary>Candidates that could not connect or start, with why.</summary>
    public List<string> Failures { get; }

    /// <param name="start">What each candidate does once connected (start an interview, wait for the question).</param>
    public static async Task<Crowd> OpenAsync(
        Uri server, int count, int concurrency, Func<Candidate, int, Task> start,
        Action<Contracts.Hub.MessageDeltaEvent, long>? onDelta, CancellationToken cancellationToken)
    {
        var candidates = new Candidate?[count];
        var failures = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                try
                {
                    var candidate = await Candidate.ConnectAsync(server, onDelta, ct);
                    candidates[i] = candidate;
                    await start(candidate, i);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    lock (failures)
                    {
                        failures.Add($"start: {e.GetType().Name}: {e.Message}");
                    }
                }
            });
        return new Crowd([.. candidates.OfType<Candidate>()], failures);
    }

    public int Messages => Candidates.Sum(c => c.Messages);

    public int BrokenMessages => Candidates.Sum(c => c.BrokenMessages);

    public int SessionErrors => Candidates.Sum(c => c.Errors.Count);

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(Candidates, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());
    }
}
