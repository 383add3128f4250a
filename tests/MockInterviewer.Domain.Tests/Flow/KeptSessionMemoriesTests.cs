using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class KeptSessionMemoriesTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task With_one_node_the_next_hold_starts_from_what_the_last_one_remembered()
    {
        var holds = new SessionHolds(new LocalSessionLease(), LeaseSettings.Default, _clock, NullLogger<SessionHolds>.Instance);

        await RememberAsync(holds, "s", "saved last");
        await using var next = await holds.EnterAsync("s", TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Equal("saved last", next.Memory.State);
        Assert.Equal(0, holds.KeptCount);
    }

    [Fact]
    public async Task With_several_nodes_a_hold_taken_afresh_remembers_nothing()
    {
        var holds = new SessionHolds(new SharedLease(), LeaseSettings.Default, _clock, NullLogger<SessionHolds>.Instance);

        await RememberAsync(holds, "s", "saved last");
        await using var next = await holds.EnterAsync("s", TimeSpan.FromSeconds(1), CancellationToken.None);

        Assert.Null(next.Memory.State);
    }

    [Fact]
    public void A_memory_is_kept_for_a_while_and_the_oldest_go_first_beyond_the_limit()
    {
        var kept = new KeptSessionMemories(_clock);
        kept.Keep(Remembering("early", "x"));
        _clock.Advance(KeptSessionMemories.KeepFor - TimeSpan.FromSeconds(1));
        kept.Keep(Remembering("late", "y"));
        _clock.Advance(TimeSpan.FromSeconds(1));
        kept.Keep(Remembering("nothing", null));

        Assert.Equal(1, kept.Count);
        Assert.Null(kept.Take("early").State);
        Assert.Equal("y", kept.Take("late").State);

        for (var i = 0; i <= KeptSessionMemories.MaxKept; i++)
        {
            kept.Keep(Remembering($"s{i}", "z"));
        }

        Assert.Equal(KeptSessionMemories.MaxKept, kept.Count);
        Assert.Null(kept.Take("s0").State);
        Assert.Equal("z", kept.Take("s1").State);
    }

    private static async Task RememberAsync(SessionHolds holds, string sessionId, string state)
    {
        await using var hold = await holds.EnterAsync(sessionId, TimeSpan.FromSeconds(1), CancellationToken.None);
        hold.Memory.State = state;
    }

    private static HeldSessionMemory Remembering(string sessionId, string? state)
    {
        var kept = new KeptSessionMemories(TimeProvider.System);
        var memory = kept.Take(sessionId);
        memory.State = state;
        return memory;
    }
}
