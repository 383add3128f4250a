using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class BackgroundSchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Work_and_what_it_awaits_run_on_the_schedulers_own_threads_not_the_thread_pool()
    {
        using var scheduler = new BackgroundScheduler(1);
        var onPool = new List<bool>();

        await scheduler.NewLane().Start(async () =>
        {
            onPool.Add(Thread.CurrentThread.IsThreadPoolThread);
            await Task.Delay(1);
            onPool.Add(Thread.CurrentThread.IsThreadPoolThread);
        }).WaitAsync(Patience);

        Assert.Equal([false, false], onPool);
    }

    [Fact]
    public async Task No_more_pieces_run_at_once_than_there_are_workers()
    {
        using var scheduler = new BackgroundScheduler(2);
        using var release = new ManualResetEventSlim();
        var running = 0;
        var most = 0;

        var work = Enumerable.Range(0, 6).Select(_ => scheduler.NewLane().Start(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait(Patience);
            Interlocked.Decrement(ref running);
            return Task.CompletedTask;
        })).ToList();
        await WaitUntilAsync(() => Volatile.Read(ref running) == 2);
        await Task.Delay(50);
        release.Set();
        await Task.WhenAll(work).WaitAsync(Patience);

        Assert.Equal(2, most);
    }

    [Fact]
    public async Task Work_waiting_for_a_worker_runs_in_the_order_it_was_queued()
    {
        var order = await OrderOfAsync((scheduler, record) =>
            [.. Enumerable.Range(0, 5).Select(i => scheduler.NewLane().Start(() => record($"piece {i}")))]);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"piece {i}"), order);
    }

    [Fact]
    public async Task Urgent_work_goes_ahead_of_the_rest_which_still_gets_a_turn_in_every_few()
    {
        var order = await OrderOfAsync((scheduler, record) =>
        {
            var patient = scheduler.NewLane();
            var urgent = scheduler.NewLane();
            urgent.Urgent = true;
            return
            [
                .. Enumerable.Range(0, 3).Select(i => patient.Start(() => record($"patient {i}"))),
                .. Enumerable.Range(0, 9).Select(i => urgent.Start(() => record($"urgent {i}"))),
            ];
        });

        var urgentRuns = order.TakeWhile(piece => piece.StartsWith("urgent", StringComparison.Ordinal)).Count();
        Assert.InRange(urgentRuns, 1, UrgentFirst.PatientTurnEvery - 1);
        Assert.Equal(["patient 0", "patient 1", "patient 2"], order.Where(piece => piece.StartsWith("patient", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(0, 9).Select(i => $"urgent {i}"), order.Where(piece => piece.StartsWith("urgent", StringComparison.Ordinal)));

        // Never more urgent pieces in a row than the patient turn allows while patient work waits.
        var longestRun = order.Take(order.LastIndexOf("patient 2")).Aggregate((Run: 0, Longest: 0), (seen, piece) =>
            piece.StartsWith("urgent", StringComparison.Ordinal) ? (seen.Run + 1, Math.Max(seen.Longest, seen.Run + 1)) : (0, seen.Longest)).Longest;
        Assert.True(longestRun < UrgentFirst.PatientTurnEvery, $"{longestRun} urgent pieces in a row: {string.Join(", ", order)}");
    }

    [Fact]
    public async Task Work_queued_once_the_scheduler_is_disposed_still_runs()
    {
        var scheduler = new BackgroundScheduler(1);
        scheduler.Dispose();
        var ran = false;

        await scheduler.NewLane().Start(() =>
        {
            ran = true;
            return Task.CompletedTask;
        }).WaitAsync(Patience);

        Assert.True(ran);
    }

    // The order in which work queued while the scheduler's one worker is busy runs once it is free.
    private static async Task<List<string>> OrderOfAsync(Func<BackgroundScheduler, Func<string, Task>, List<Task>> queue)
    {
        using var scheduler = new BackgroundScheduler(1);
        var order = new List<string>();
        var (blocked, release) = Block(scheduler);
        await blocked;

        var work = queue(scheduler, what => Record(order, what));
        release.Set();
        await Task.WhenAll(work).WaitAsync(Patience);
        return order;
    }

    // Occupies the scheduler's one worker until released, so what is queued meanwhile waits in order.
    private static (Task Blocked, ManualResetEventSlim Release) Block(BackgroundScheduler scheduler)
    {
        var release = new ManualResetEventSlim();
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = scheduler.NewLane().Start(() =>
        {
            blocked.SetResult();
            release.Wait(Patience);
            return Task.CompletedTask;
        });
        return (blocked.Task, release);
    }

    private static Task Record(List<string> order, string what)
    {
        lock (order)
        {
            order.Add(what);
        }

        return Task.CompletedTask;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "The condition did not come true in time.");
            await Task.Delay(5);
        }
    }
}
