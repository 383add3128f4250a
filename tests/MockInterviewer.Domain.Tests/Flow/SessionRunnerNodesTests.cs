using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>Two nodes (two runners) sharing one session lease, as several servers behind one address do.</summary>
public sealed class SessionRunnerNodesTests : IDisposable
{
    private static readonly LeaseSettings Short = new(Duration: TimeSpan.FromMilliseconds(600), CommandWait: TimeSpan.FromMilliseconds(150));

    // For a test in which the first node must keep its hold throughout: renewed every 1.7 s, it is lost only to a stall
    // of over 3 s. With the 600 ms hold, a CI run (502a598) stalled past a renewal, the hold ran out before the test
    // had seen it taken, and nothing took it again.
    private static readonly LeaseSettings Steady = Short with { Duration = TimeSpan.FromSeconds(5) };
    private readonly SharedLease _lease = new();
    private readonly SessionRunner _nodeA;
    private readonly SessionRunner _nodeB;

    public SessionRunnerNodesTests()
    {
        _nodeA = Node();
        _nodeB = Node();
    }

    [Fact]
    public async Task A_command_on_another_node_waits_then_is_refused_with_session_busy_and_runs_once_the_first_lets_go()
    {
        using var nodeA = Node(Steady);
        using var nodeB = Node(Steady);
        var running = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var onA = nodeA.RunAsync("s", async () =>
        {
            running.SetResult();
            await release.Task;
            return 1;
        }, CancellationToken.None);
        await running.Task.WaitAsync(Eventually.Patience);
        var heldByA = _lease.HolderOf("s");

        var refusal = await Assert.ThrowsAsync<InterviewException>(() => nodeB.RunAsync("s", () => Task.FromResult(2), CancellationToken.None));
        release.SetResult();
        await onA;
        var onB = await nodeB.RunAsync("s", () => Task.FromResult(2), CancellationToken.None);

        Assert.NotNull(heldByA);
        Assert.Equal("session-busy", refusal.Code);
        Assert.Equal(2, onB);
        Assert.Null(_lease.HolderOf("s"));
    }

    [Fact]
    public async Task Work_on_one_node_shares_one_hold_and_lets_it_go_when_the_last_piece_ends()
    {
        var speaking = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        _nodeA.RunInBackground("s", async _ =>
        {
            speaking.SetResult();
            await release.Task;
        });
        await speaking.Task;

        var command = await _nodeA.RunAsync("s", () => Task.FromResult(3), CancellationToken.None);
        var heldMeanwhile = _lease.HolderOf("s");
        release.SetResult();
        await _nodeA.WhenIdleAsync();
        await Eventually.HoldsAsync(() => _lease.HolderOf("s") is null);

        Assert.Equal(3, command);
        Assert.NotNull(heldMeanwhile);
        Assert.Equal(1, _lease.Acquisitions);
    }

    [Fact]
    public async Task Background_work_left_by_a_node_that_died_runs_on_another_once_the_dead_nodes_hold_runs_out()
    {
        // A node took the session and died: its hold stays until it runs out. A short hold, so that the wait for it
        // (Short.BackgroundWait, 1.2 s) has a second to spare on a busy machine (with the full 600 ms, a CI run's
        // retries once missed the half second left).
        await _lease.TryAcquireAsync("s", "dead-node", TimeSpan.FromMilliseconds(200), CancellationToken.None);
        string? holderWhileWorking = null;

        _nodeB.RunInBackground("s", _ =>
        {
            holderWhileWorking = _lease.HolderOf("s");
            return Task.CompletedTask;
        });
        await _nodeB.WhenIdleAsync().WaitAsync(Eventually.Patience);

        Assert.NotNull(holderWhileWorking);
        Assert.NotEqual("dead-node", holderWhileWorking);
    }

    [Fact]
    public async Task Background_work_whose_hold_cannot_be_renewed_stops_before_the_hold_runs_out()
    {
        var started = new TaskCompletionSource();
        var stopped = new TaskCompletionSource();
        _nodeA.RunInBackground("s", async ct =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            finally
            {
                stopped.SetResult();
            }
        });
        await started.Task;

        _lease.Unreachable = true;
        await stopped.Task.WaitAsync(Eventually.Patience);
        await _nodeA.WhenIdleAsync().WaitAsync(Eventually.Patience);
    }

    [Fact]
    public async Task A_command_is_refused_with_nodes_unavailable_while_the_lease_cannot_be_reached()
    {
        _lease.Unreachable = true;

        var refusal = await Assert.ThrowsAsync<InterviewException>(() => _nodeA.RunAsync("s", () => Task.FromResult(1), CancellationToken.None));

        Assert.Equal("nodes-unavailable", refusal.Code);
    }

    [Fact]
    public async Task Work_sharing_a_hold_shares_its_memory_and_a_hold_taken_afresh_remembers_nothing()
    {
        var remembered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        object? seenInBackground = null;
        _nodeA.RunInBackground("s", async _ =>
        {
            HeldSessionMemory.For("s")!.State = "state at version 1";
            remembered.SetResult();
            await release.Task;
            seenInBackground = HeldSessionMemory.For("s")!.State;
        });
        await remembered.Task;

        var seenByCommand = await _nodeA.RunAsync("s", () =>
        {
            var memory = HeldSessionMemory.For("s")!;
            var seen = memory.State;
            memory.State = "state at version 2";
            return Task.FromResult(seen);
        }, CancellationToken.None);
        release.SetResult();
        await _nodeA.WhenIdleAsync();
        await Eventually.HoldsAsync(() => _lease.HolderOf("s") is null);
        var afresh = await _nodeA.RunAsync("s", () => Task.FromResult(HeldSessionMemory.For("s")!.State), CancellationToken.None);

        Assert.Equal("state at version 1", seenByCommand);
        Assert.Equal("state at version 2", seenInBackground);
        Assert.Null(afresh);
        Assert.Null(HeldSessionMemory.For("s"));
        Assert.Null(await _nodeA.RunAsync("s", () => Task.FromResult(HeldSessionMemory.For("other")), CancellationToken.None));
    }

    [Fact]
    public async Task Background_work_asked_for_by_a_command_shares_the_commands_hold_and_what_it_remembers()
    {
        object? seenInBackground = null;
        await _nodeA.RunAsync("s", () =>
        {
            HeldSessionMemory.For("s")!.State = "saved by the command";
            _nodeA.RunInBackground("s", _ =>
            {
                seenInBackground = HeldSessionMemory.For("s")!.State;
                return Task.CompletedTask;
            });
            return Task.FromResult(0);
        }, CancellationToken.None);
        await _nodeA.WhenIdleAsync();

        Assert.Equal("saved by the command", seenInBackground);
        Assert.Equal(1, _lease.Acquisitions);
    }

    [Fact]
    public async Task A_hold_lost_leaves_its_memory_behind_and_the_next_hold_on_the_session_remembers_nothing()
    {
        var started = new TaskCompletionSource();
        _nodeA.RunInBackground("s", async ct =>
        {
            HeldSessionMemory.For("s")!.State = "read before the hold was lost";
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        await started.Task;

        _lease.Unreachable = true;
        await _nodeA.WhenIdleAsync().WaitAsync(Eventually.Patience);
        _lease.Unreachable = false;
        await Eventually.HoldsAsync(() => _lease.HolderOf("s") is null);
        var afterwards = await _nodeA.RunAsync("s", () => Task.FromResult(HeldSessionMemory.For("s")!.State), CancellationToken.None);

        Assert.Null(afterwards);
    }

    public void Dispose()
    {
        _nodeA.Dispose();
        _nodeB.Dispose();
    }

    private SessionRunner Node(LeaseSettings? settings = null) =>
        new(NullLogger<SessionRunner>.Instance, new SessionHolds(_lease, settings ?? Short, TimeProvider.System, NullLogger<SessionHolds>.Instance));
}
