using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class SessionRunnerTests
{
    [Fact]
    public async Task Work_on_one_session_runs_one_piece_at_a_time_in_order()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
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
    public async Task Background_work_that_lost_a_save_to_another_node_runs_again_once()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
        var runs = 0;

        runner.RunInBackground("s", _ =>
        {
            runs++;
            throw new SessionConflictException("s");
        });
        await runner.WhenIdleAsync();

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Background_work_is_urgent_until_the_first_words_are_sent_and_again_when_more_is_asked_for()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
        var seen = new List<bool>();
        var more = new TaskCompletionSource();

        runner.RunInBackground("s", async _ =>
        {
            seen.Add(CurrentLaneIsUrgent());
            runner.FirstWordsSent("s");
            await Task.Yield();
            seen.Add(CurrentLaneIsUrgent());
            runner.RunInBackground("s", _ =>
            {
                seen.Add(CurrentLaneIsUrgent());
                more.SetResult();
                return Task.CompletedTask;
            });
        });
        await more.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await runner.WhenIdleAsync();

        Assert.Equal([true, false, true], seen);
    }

    [Fact]
    public async Task No_more_commands_run_at_once_than_there_are_cores_and_the_rest_wait_their_turn()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
        using var release = new ManualResetEventSlim();
        var running = 0;
        var most = 0;

        var commands = Enumerable.Range(0, Environment.ProcessorCount + 2).Select(i => runner.RunAsync($"s{i}", () =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref running);
            return Task.FromResult(i);
        }, CancellationToken.None)).ToList();
        await Eventually.HoldsAsync(() => Volatile.Read(ref running) == Environment.ProcessorCount);
        await Task.Delay(50);
        release.Set();
        await Task.WhenAll(commands).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Environment.ProcessorCount, most);
    }

    [Fact]
    public async Task A_step_of_background_work_runs_in_its_lane_not_with_the_commands()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
        var stepRanIn = new TaskCompletionSource<TaskScheduler>();

        runner.RunInBackground("s", _ => runner.RunAsync("s", () =>
        {
            stepRanIn.SetResult(TaskScheduler.Current);
            return Task.FromResult(true);
        }, CancellationToken.None));

        Assert.IsType<BackgroundLane>(await stepRanIn.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await runner.WhenIdleAsync();
    }

    [Fact]
    public async Task Different_sessions_do_not_wait_for_each_other()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
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
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            runner.RunAsync($"s{i % 5}", () => Task.FromResult(i), CancellationToken.None)));
        runner.RunInBackground("s9", _ => Task.CompletedTask);
        await runner.WhenIdleAsync();

        Assert.Equal(0, runner.GateCount);
        Assert.Equal(0, runner.LaneCount);
    }

    [Fact]
    public async Task Background_work_asked_for_while_the_session_is_busy_runs_once_after_it()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
        var release = new TaskCompletionSource();
        var runs = 0;
        async Task Work(CancellationToken _)
        {
            Interlocked.Increment(ref runs);
            await release.Task;
        }

        runner.RunInBackground("s", Work);
        runner.RunInBackground("s", Work);
        runner.RunInBackground("s", Work);
        await Task.Delay(50);
        Assert.Equal(1, runs);

        release.SetResult();
        await runner.WhenIdleAsync();
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task Interrupt_cancels_the_work_under_way_and_work_asked_for_after_it_runs_afresh()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
        var started = new TaskCompletionSource();
        var tokens = new List<CancellationToken>();

        runner.RunInBackground("s", async ct =>
        {
            tokens.Add(ct);
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        await started.Task;
        runner.Interrupt("s");
        runner.RunInBackground("s", ct =>
        {
            tokens.Add(ct);
            return Task.CompletedTask;
        });
        await runner.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([true, false], tokens.Select(t => t.IsCancellationRequested));
    }

    [Fact]
    public async Task Background_work_runs_off_the_thread_pool()
    {
        using var runner = new SessionRunner(NullLogger<SessionRunner>.Instance);
        bool? onPool = null;

        runner.RunInBackground("s", async _ =>
        {
            await Task.Yield();
            onPool = Thread.CurrentThread.IsThreadPoolThread;
        });
        await runner.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(onPool);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static bool CurrentLaneIsUrgent() => TaskScheduler.Current is BackgroundLane { Urgent: true };
}
