using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Telemetry;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Runs interviews. A command (an answer, a hint, a skip, the end) passes through the session's gate: it stores
/// the candidate's turn and the new state before the call returns, and nothing slow happens there. Grading and
/// the interviewer's words then run as the session's background work (<see cref="InterviewerWork"/>), so that
/// a skip or the end can cut them short.
/// </summary>
public sealed class InterviewService(
    QuestionBank bank,
    ISessionStore store,
    StuckCues stuckCues,
    ReportBuilder reports,
    SessionRunner runner,
    InterviewerWork work,
    TimeProvider clock)
{
    public const int DefaultQuestionCount = 5;

    public Task<InterviewSession> CreateAsync(InterviewSettings settings, CancellationToken cancellationToken) =>
        CreateAsync(settings, PlanPreferences.None, cancellationToken);

    public async Task<InterviewSession> CreateAsync(InterviewSettings settings, PlanPreferences preferences, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var plan = QuestionPlanner.Plan(bank, settings, id.GetHashCode(StringComparison.Ordinal), preferences.Questions, preferences.Drafted);
        if (plan.Count == 0)
        {
            throw new InterviewException("empty-track", $"The track '{settings.Track}' has no questions.");
        }

        var session = new InterviewSession
        {
            Id = id,
            Settings = settings,
            StartedAt = clock.GetUtcNow(),
            Questions = plan.Select(q => new QuestionProgress
            {
                QuestionId = q.Id,
                FocusPoints = [.. preferences.FocusPoints.GetValueOrDefault(q.Id) ?? []],
            }).ToList(),
            DraftedQuestions = plan.Where(q => q.Drafted).ToList(),
        };
        InterviewStateMachine.Begin(session);
        await store.SaveAsync(session, [], [], cancellationToken);
        InterviewTelemetry.SessionStarted();
        return session;
    }

    /// <summary>Lets the interviewer do whatever is still to do: grade, then speak (after a command, a resume or a restart).</summary>
    public void Continue(string sessionId) => Continue(sessionId, saved: null);

    /// <param name="saved">The session as a command just saved it: the work starts from it unless it is saved again first.</param>
    private void Continue(string sessionId, InterviewSession? saved) =>
        runner.RunInBackground(sessionId, ct => work.RunAsync(sessionId, saved, ct));

    /// <param name="clientMessageId">The id the candidate's client gave this answer; an answer already stored under it is not taken again.</param>
    public async Task SubmitAnswerAsync(string sessionId, string answer, string? clientMessageId, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(sessionId, async () =>
            {
                var saved = await TakeAnswerAsync(sessionId, answer, clientMessageId, cancellationToken);

                // Asked for while this command still holds the session, so the work shares its hold (and what the
                // store remembers under it) rather than taking the session afresh once the command lets go.
                Continue(sessionId, saved);
                return saved is not null;
            }, cancellationToken);
        }
        catch
        {
            // Even a refused answer nudges the interviewer: words that failed to come out are tried again.
            Continue(sessionId);
            throw;
        }
    }

    public Task RequestHintAsync(string sessionId, CancellationToken cancellationToken) =>
        ActAsync(sessionId, interrupts: false, session =>
        {
            if (!InterviewStateMachine.ExpectsAnswer(session))
            {
                throw new InterviewException("session-busy", "The interviewer has not finished yet: ask for a hint once it has.");
            }

            if (!InterviewStateMachine.HasHintsLeft(session))
            {
                throw new InterviewException("hint-limit",
                    $"That was the last of the {InterviewSettings.MaxHintsPerQuestion} hints for this question: answer as best you can, or skip it.");
            }

            InterviewStateMachine.GiveHint(session, candidateWasStuck: false, clock.GetUtcNow());
        }, cancellationToken);

    public Task SkipQuestionAsync(string sessionId, CancellationToken cancellationToken) =>
        ActAsync(sessionId, interrupts: true, session =>
        {
            if (!InterviewStateMachine.CanSkip(session))
            {
                throw new InterviewException("session-busy", "The next question is on its way: read it before you skip it.");
            }

            InterviewStateMachine.Skip(session, clock.GetUtcNow());
        }, cancellationToken);

    public Task EndAsync(string sessionId, CancellationToken cancellationToken) =>
        ActAsync(sessionId, interrupts: true, InterviewStateMachine.End, cancellationToken);

    /// <summary>
    /// Closes, kindly, every interview whose time limit has passed. Every node's clock runs this: each session is
    /// closed by the node that holds it, after reading its status again there, so it is closed once.
    /// </summary>
    public async Task CloseOverdueAsync(CancellationToken cancellationToken)
    {
        foreach (var sessionId in await store.OverdueSessionsAsync(clock.GetUtcNow(), cancellationToken))
        {
            if (await CloseIfOverdueAsync(sessionId, cancellationToken))
            {
                Continue(sessionId);
            }
        }
    }

    private async Task<bool> CloseIfOverdueAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync(sessionId, async () =>
            {
                var session = await store.FindAsync(sessionId, cancellationToken);
                if (session is null || !InterviewStateMachine.CloseIfTimeUp(session, clock.GetUtcNow()))
                {
                    return false;
                }

                await store.SaveAsync(session, [], [], cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (InterviewException e) when (e.Code is "session-busy" or "nodes-unavailable")
        {
            // Another node is acting for it, or the nodes cannot agree who does now; that node's clock, or this one's
            // next tick, closes it.
            return false;
        }
    }

    /// <summary>
    /// Closes every active interview nobody has acted in since <paramref name="lastActiveBefore"/>, through the
    /// session's gate like any command: a session that came back to life meanwhile is left alone.
    /// </summary>
    /// <returns>The sessions closed now.</returns>
    public async Task<IReadOnlyList<string>> ExpireIdleAsync(DateTimeOffset lastActiveBefore, CancellationToken cancellationToken)
    {
        var expired = new List<string>();
        foreach (var sessionId in await store.IdleSessionsAsync(lastActiveBefore, cancellationToken))
        {
            var closed = await runner.RunAsync(sessionId, async () =>
            {
                if (!await store.IsIdleAsync(sessionId, lastActiveBefore, cancellationToken)
                    || await store.FindAsync(sessionId, cancellationToken) is not { Status: SessionStatus.Active } session)
                {
                    return false;
                }

                InterviewStateMachine.Expire(session, clock.GetUtcNow());
                await store.SaveAsync(session, [], [], cancellationToken);
                runner.Interrupt(sessionId);
                InterviewTelemetry.SessionFinished(session.ClosedBecause);
                return true;
            }, cancellationToken);

            if (closed)
            {
                expired.Add(sessionId);

                // Writes the report's summary, and sends the report to anyone still connected.
                Continue(sessionId);
            }
        }

        return expired;
    }

    public async Task<(InterviewSession Session, IReadOnlyList<Turn> Transcript)?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await store.FindAsync(sessionId, cancellationToken);
        return session is null ? null : (session, await store.TranscriptAsync(sessionId, cancellationToken));
    }

    public async Task<Report?> ReportAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await store.FindAsync(sessionId, cancellationToken);
        return session is null ? null : reports.Build(session);
    }

    /// <returns>The session as saved with the answer; null when the answer was stored before, under the same client id.</returns>
    private async Task<InterviewSession?> TakeAnswerAsync(string sessionId, string answer, string? clientMessageId, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(sessionId, cancellationToken);
        if (clientMessageId is not null && await WasTakenAsync(session, clientMessageId, cancellationToken))
        {
            return null;
        }

        EnsureAcceptsInput(session);
        if (!InterviewStateMachine.ExpectsAnswer(session))
        {
            throw new InterviewException("answer-not-expected",
                "The interviewer has not finished yet: wait for the question, then send your answer again.");
        }

        var now = clock.GetUtcNow();
        var candidate = session.AppendTurn(Role.Candidate, MessageKind.Answer, answer, Turn.NewMessageId(), session.CurrentIndex, now)
            with { ClientMessageId = clientMessageId };
        if (clientMessageId is not null)
        {
            session.AnswerClientIds?.Add(clientMessageId);
        }
        if (!InterviewStateMachine.CloseIfTimeUp(session, now))
        {
            // Past the last hint, "I'm stuck" is graded like any answer, and the interview moves on.
            if (stuckCues.IsStuck(answer) && InterviewStateMachine.HasHintsLeft(session))
            {
                InterviewStateMachine.GiveHint(session, candidateWasStuck: true, now);
            }
            else
            {
                InterviewStateMachine.TakeAnswer(session, answer);
            }
        }

        await store.SaveAsync(session, [candidate], [], cancellationToken);
        InterviewTelemetry.TurnStored(candidate);
        return session;
    }

    // The session's own list says it, with no query; a session stored before it kept the list asks the store.
    private async Task<bool> WasTakenAsync(InterviewSession session, string clientMessageId, CancellationToken cancellationToken) =>
        session.AnswerClientIds is { } taken
            ? taken.Contains(clientMessageId, StringComparer.Ordinal)
            : await store.HasAnswerAsync(session.Id, clientMessageId, cancellationToken);

    /// <param name="interrupts">The command cuts short the grading or words under way (they are stale once it is saved).</param>
    private async Task ActAsync(string sessionId, bool interrupts, Action<InterviewSession> act, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(sessionId, async () =>
            {
                var session = await LoadAsync(sessionId, cancellationToken);
                EnsureAcceptsInput(session);
                act(session);
                await store.SaveAsync(session, [], [], cancellationToken);
                if (interrupts)
                {
                    runner.Interrupt(sessionId);
                }

                // Asked for under the command's hold, as for an answer.
                Continue(sessionId, session);
                return true;
            }, cancellationToken);
        }
        catch
        {
            Continue(sessionId);
            throw;
        }
    }

    private async Task<InterviewSession> LoadAsync(string sessionId, CancellationToken cancellationToken) =>
        await store.FindAsync(sessionId, cancellationToken)
        ?? throw new InterviewException("unknown-session", "This interview session does not exist.");

    private static void EnsureAcceptsInput(InterviewSession session)
    {
        if (session.ClosedBecause == ClosingReason.Expired)
        {
            throw new InterviewException("session-expired",
                "This interview was closed after a long time without activity; start a new one to keep practising.");
        }

        if (!InterviewStateMachine.AcceptsInput(session))
        {
            throw new InterviewException("session-ended", "This interview has ended; start a new one to keep practising.");
        }
    }
}
