using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class SessionRunnerTests
{
    [Fact]
    public async Task Work_on_one_session_runs_one_piece_at_a_time_in_order()
    {
        using var runner = new SessionRunner();
        var log = new List<int>();
        var first = new TaskCompletionSource();

        var a = runner.RunAsync("s", async () => { await first.Task; log.Add(1); return 1; }, CancellationToken.None);
        var b = runner.RunAsync("s", () => { log.Add(2); return Task.FromResult(2); }, CancellationToken.None);
        await Task.Delay(50);
        Assert.Empty(log);

        first.SetResult();
        await Task.WhenAll(a, b);

        Assert.Equal([1, 2], log);
    }

    [Fact]
    public async Task Different_sessions_do_not_wait_for_each_other()
    {
        using var runner = new SessionRunner();
        var blocked = new TaskCompletionSource();

        var slow = runner.RunAsync("a", async () => { await blocked.Task; return 0; }, CancellationToken.None);
        var other = await runner.RunAsync("b", () => Task.FromResult(7), CancellationToken.None);

        Assert.Equal(7, other);
        blocked.SetResult();
        await slow;
    }

    [Fact]
    public async Task Nothing_is_kept_for_sessions_once_their_work_is_done()
    {
        using var runner = new SessionRunner();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            runner.RunAsync($"s{i % 5}", () => Task.FromResult(i), CancellationToken.None)));
        runner.RunInBackground("s9", _ => Task.CompletedTask);
        await runner.WhenIdleAsync();

        Assert.Equal(0, runner.GateCount);
    }
}
