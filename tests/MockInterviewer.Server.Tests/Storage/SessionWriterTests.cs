using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Tests.Storage;

public sealed class SessionWriterTests
{
    [Fact]
    public async Task Saves_queued_while_the_writer_is_busy_go_in_one_transaction_and_each_caller_hears_its_own()
    {
        var store = new RecordingStore { FirstSaveGate = new TaskCompletionSource() };
        using var writer = new SessionWriter(store, [], NullLogger<SessionWriter>.Instance);

        var first = Save(writer, "a");
        await store.FirstSaveHeld;
        var queued = new[] { Save(writer, "b"), Save(writer, "c"), Save(writer, "d") };
        Assert.All(queued, save => Assert.False(save.IsCompleted));
        store.ReleaseFirstSave();
        await Task.WhenAll([first, .. queued]);

        Assert.Equal([["a"], ["b", "c", "d"]], store.Transactions);
    }

    [Fact]
    public async Task Two_saves_of_one_session_never_share_a_transaction_and_keep_their_order()
    {
        var store = new RecordingStore { FirstSaveGate = new TaskCompletionSource() };
        using var writer = new SessionWriter(store, [], NullLogger<SessionWriter>.Instance);

        var first = Save(writer, "a");
        await store.FirstSaveHeld;
        var queued = new[] { Save(writer, "b"), Save(writer, "c"), Save(writer, "b") };
        store.ReleaseFirstSave();
        await Task.WhenAll([first, .. queued]);

        Assert.Equal([["a"], ["b", "c"], ["b"]], store.Transactions);
    }

    [Fact]
    public async Task Saves_someone_waits_on_go_into_the_batch_ahead_of_those_of_work_past_its_first_words()
    {
        var store = new RecordingStore { FirstSaveGate = new TaskCompletionSource() };
        using var writer = new SessionWriter(store, [], NullLogger<SessionWriter>.Instance);
        using var scheduler = new BackgroundScheduler(1);
        var pastFirstWords = scheduler.NewLane();

        var first = Save(writer, "a");
        await store.FirstSaveHeld;
        var queued = new[]
        {
            await SaveFrom(pastFirstWords, writer, "end of a reply"),
            Save(writer, "an answer"),
            await SaveFrom(pastFirstWords, writer, "next question"),
            Save(writer, "a grade"),
        };
        store.ReleaseFirstSave();
        await Task.WhenAll([first, .. queued]);

        Assert.Equal([["a"], ["an answer", "a grade", "end of a reply", "next question"]], store.Transactions);
    }

    [Fact]
    public async Task A_save_the_store_refuses_fails_only_its_own_caller()
    {
        var store = new RecordingStore { FirstSaveGate = new TaskCompletionSource(), RefusedSession = "broken" };
        using var writer = new SessionWriter(store, [], NullLogger<SessionWriter>.Instance);

        var first = Save(writer, "a");
        await store.FirstSaveHeld;
        var fine = Save(writer, "b");
        var broken = Save(writer, "broken");
        var alsoFine = Save(writer, "c");
        store.ReleaseFirstSave();

        await Task.WhenAll(first, fine, alsoFine);
        await Assert.ThrowsAsync<InvalidOperationException>(() => broken);
        Assert.Equal([["a"], ["b"], ["c"]], store.Transactions);
    }

    [Fact]
    public async Task A_store_that_is_down_fails_the_saves_that_waited_for_it_at_once_as_unavailable_and_the_next_save_goes_through()
    {
        var store = new RecordingStore { FirstSaveGate = new TaskCompletionSource(), Outage = new SqliteException("database is locked", 5) };
        using var writer = new SessionWriter(store, [], NullLogger<SessionWriter>.Instance);

        var saves = new[] { Save(writer, "a") };
        await store.FirstSaveHeld;
        saves = [.. saves, Save(writer, "b"), Save(writer, "c")];
        store.ReleaseFirstSave();

        foreach (var save in saves)
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => save);
        }

        Assert.Equal(1, store.Attempts);
        store.Outage = null;
        await Save(writer, "a");
        Assert.Equal([["a"]], store.Transactions);
    }

    [Fact]
    public async Task A_guard_that_finds_the_store_broken_refuses_the_write_before_it_reaches_the_store()
    {
        var store = new RecordingStore();
        using var writer = new SessionWriter(store, [new BrokenGuard()], NullLogger<SessionWriter>.Instance);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => Save(writer, "a"));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => writer.RunAsync(_ => Task.CompletedTask, CancellationToken.None));

        Assert.Empty(store.Transactions);
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_before_its_turn_is_not_done()
    {
        var store = new RecordingStore { FirstSaveGate = new TaskCompletionSource() };
        using var writer = new SessionWriter(store, [], NullLogger<SessionWriter>.Instance);
        using var giveUp = new CancellationTokenSource();

        var first = Save(writer, "a");
        await store.FirstSaveHeld;
        var abandoned = writer.SaveAsync(RecordingStore.Session("b"), [], [], giveUp.Token);
        await giveUp.CancelAsync();
        store.ReleaseFirstSave();

        await first;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal([["a"]], store.Transactions);
    }

    [Fact]
    public async Task Once_stopped_the_writer_finishes_what_was_queued_and_refuses_more()
    {
        var store = new RecordingStore { FirstSaveGate = new TaskCompletionSource() };
        var writer = new SessionWriter(store, [], NullLogger<SessionWriter>.Instance);

        var first = Save(writer, "a");
        await store.FirstSaveHeld;
        var queued = Save(writer, "b");
        var stopping = Task.Run(writer.Dispose);
        store.ReleaseFirstSave();
        await stopping;

        await Task.WhenAll(first, queued);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => Save(writer, "c"));
        Assert.Equal([["a"], ["b"]], store.Transactions);
    }

    // Asked for by background work that has already said its first words (its lane no longer urgent).
    private static async Task<Task> SaveFrom(BackgroundLane lane, SessionWriter writer, string sessionId)
    {
        lane.Urgent = false;
        Task save = Task.CompletedTask;
        await lane.Start(() =>
        {
            save = Save(writer, sessionId);
            return Task.CompletedTask;
        });
        return save;
    }

    private static Task Save(SessionWriter writer, string sessionId) =>
        writer.SaveAsync(RecordingStore.Session(sessionId), [], [], CancellationToken.None);

    private sealed class BrokenGuard : IStoreGuard
    {
        public void EnsureIntact() => throw new StoreUnavailableException("The database file is gone.");
    }
}
