using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>Another node saving the session between this node's read and its save (the version token's safety net).</summary>
public sealed class SessionConflictTests : IDisposable
{
    private const string Answer = "I would split the data into folds and validate on each fold in turn.";

    private readonly ServerFactory _factory = new(services: services => services.AddSingleton<ISessionStore>(provider =>
        new OtherNodeSavesFirst(ActivatorUtilities.CreateInstance<EfSessionStore>(provider))));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_answer_that_lost_its_save_to_another_node_is_refused_as_busy_stores_nothing_and_goes_through_when_sent_again()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);

        Assert.Equal("session-busy", await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, Answer, "answer-1")));
        var store = _factory.Services.GetRequiredService<ISessionStore>();
        Assert.DoesNotContain(await store.TranscriptAsync(started.SessionId, CancellationToken.None), t => t.Role == Role.Candidate);

        await candidate.AnswerAsync(started.SessionId, Answer, "answer-1");

        var transcript = await store.TranscriptAsync(started.SessionId, CancellationToken.None);
        Assert.Single(transcript, t => t.Role == Role.Candidate);
        Assert.Equal(Enumerable.Range(0, transcript.Count), transcript.Select(t => t.Sequence));
    }

    /// <summary>The first time a candidate's answer is saved, "another node" saves the same session just before.</summary>
    private sealed class OtherNodeSavesFirst(ISessionStore inner) : ISessionStore
    {
        private int _interfered;

        public async Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments, CancellationToken cancellationToken)
        {
            if (newTurns.Any(t => t.Role == Role.Candidate) && Interlocked.Exchange(ref _interfered, 1) == 0)
            {
                var elsewhere = await inner.FindAsync(session.Id, cancellationToken);
                await inner.SaveAsync(elsewhere!, [], [], cancellationToken);
            }

            await inner.SaveAsync(session, newTurns, newAssessments, cancellationToken);
        }

        public Task<InterviewSession?> FindAsync(string sessionId, CancellationToken cancellationToken) => inner.FindAsync(sessionId, cancellationToken);

        public Task<bool> HasAnswerAsync(string sessionId, string clientMessageId, CancellationToken cancellationToken) =>
            inner.HasAnswerAsync(sessionId, clientMessageId, cancellationToken);

        public Task<IReadOnlyList<Turn>> TranscriptAsync(string sessionId, CancellationToken cancellationToken) => inner.TranscriptAsync(sessionId, cancellationToken);

        public Task<IReadOnlyList<string>> OverdueSessionsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
            inner.OverdueSessionsAsync(now, cancellationToken);

        public Task<IReadOnlyList<string>> IdleSessionsAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) =>
            inner.IdleSessionsAsync(lastActiveBefore, cancellationToken);

        public Task<bool> IsIdleAsync(string sessionId, DateTimeOffset lastActiveBefore, CancellationToken cancellationToken) =>
            inner.IsIdleAsync(sessionId, lastActiveBefore, cancellationToken);
    }
}
