using System.Collections.Concurrent;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Tests.Storage;

/// <summary>A store that records which saves reached it, and how together; it can hold its first save or refuse some.</summary>
internal sealed class RecordingStore : ISessionStore, ISessionBatchStore
{
    private readonly TaskCompletionSource _firstSaveHeld = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _attempts;

    public ConcurrentQueue<IReadOnlyList<string>> Transactions { get; } = new();

    /// <summary>While set, the first save waits until <see cref="ReleaseFirstSave"/>.</summary>
    public TaskCompletionSource? FirstSaveGate { get; init; }

    public Task FirstSaveHeld => _firstSaveHeld.Task;

    /// <summary>A save of this session fails as a broken row would.</summary>
    public string? RefusedSession { get; init; }

    public Exception? Outage { get; set; }

    public int Attempts => _attempts;

    public void ReleaseFirstSave() => FirstSaveGate?.TrySetResult();

    public static InterviewSession Session(string id) => new()
    {
        Id = id,
        Settings = new InterviewSettings(InterviewMode.Interview, "ml-junior", Language.En, 1, null, FeedbackTiming.AfterEach),
        StartedAt = DateTimeOffset.UnixEpoch,
        Questions = [],
    };

    public Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken) =>
        SaveAllAsync([new SessionSave(session, newTurns, newAssessments)], cancellationToken);

    public async Task SaveAllAsync(IReadOnlyList<SessionSave> saves, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (FirstSaveGate is { } gate && _firstSaveHeld.TrySetResult())
        {
            await gate.Task;
        }

        if (Outage is { } outage)
        {
            throw outage;
        }

        if (saves.Any(s => s.Session.Id == RefusedSession))
        {
            throw new InvalidOperationException("A broken row.");
        }

        Transactions.Enqueue([.. saves.Select(s => s.Session.Id)]);
    }

    public Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult<InterviewSession?>(null);

    public Task<bool> HasAnswerAsync(string sessionId, string clientMessageId, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<IReadOnlyList<Turn>> TranscriptAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Turn>>([]);

    public Task<IReadOnlyList<string>> OverdueSessionsAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<IReadOnlyList<string>> IdleSessionsAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

    public Task<bool> IsIdleAsync(string sessionId, DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) => Task.FromResult(false);
}
