using System.Text;
using Microsoft.Extensions.Logging;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Runs interviews. A command (an answer, a hint, a skip, the end) passes through the session's gate: it stores
/// the candidate's turn and the new state before the call returns, and nothing slow happens there. Grading and
/// the interviewer's words then run as the session's background work, with their own time limits, so that a
/// skip or the end can cut them short. Each message streams to the session's connections, is stored whole,
/// and only then is announced complete; a message that fails midway is said again under the same id.
/// </summary>
public sealed partial class InterviewService(
    QuestionBank bank,
    IAnswerGrader grader,
    IInterviewerVoice voice,
    ISessionStore store,
    IInterviewEvents events,
    StuckCues stuckCues,
    ReportBuilder reports,
    SessionRunner runner,
    PipelineSettings pipeline,
    TimeProvider clock,
    ILogger<InterviewService> logger)
{
    public const int DefaultQuestionCount = 5;

    public async Task<InterviewSession> CreateAsync(InterviewSettings settings, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var plan = QuestionPlanner.Plan(bank, settings, id.GetHashCode(StringComparison.Ordinal));
        if (plan.Count == 0)
        {
            throw new InterviewException("empty-track", $"The track '{settings.Track}' has no questions.");
        }

        var session = new InterviewSession
        {
            Id = id,
            Settings = settings,
            StartedAt = clock.GetUtcNow(),
            Questions = plan.Select(q => new QuestionProgress { QuestionId = q.Id }).ToList(),
        };
        InterviewStateMachine.Begin(session);
        await store.SaveAsync(session, [], [], cancellationToken);
        return session;
    }

    /// <summary>Lets the interviewer do whatever is still to do: grade, then speak (after a command, a resume or a restart).</summary>
    public void Continue(string sessionId) => runner.RunInBackground(sessionId, ct => WorkAsync(sessionId, ct));

    /// <param name="clientMessageId">The id the candidate's client gave this answer; an answer already stored under it is not taken again.</param>
    public async Task SubmitAnswerAsync(string sessionId, string answer, string? clientMessageId, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(sessionId, () => TakeAnswerAsync(sessionId, answer, clientMessageId, cancellationToken), cancellationToken);
        }
        finally
        {
            // Even a refused answer nudges the interviewer: words that failed to come out are tried again.
            Continue(sessionId);
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

    /// <summary>Closes, kindly, every interview whose time limit has passed.</summary>
    public async Task CloseOverdueAsync(CancellationToken cancellationToken)
    {
        foreach (var sessionId in await store.OverdueSessionsAsync(clock.GetUtcNow(), cancellationToken))
        {
            var closed = await runner.RunAsync(sessionId, async () =>
            {
                var session = await store.FindAsync(sessionId, cancellationToken);
                if (session is null || !InterviewStateMachine.CloseIfTimeUp(session, clock.GetUtcNow()))
                {
                    return false;
                }

                await store.SaveAsync(session, [], [], cancellationToken);
                return true;
            }, cancellationToken);

            if (closed)
            {
                Continue(sessionId);
            }
        }
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

    /// <returns>Whether the answer was stored now (not when it was stored before, under the same client id).</returns>
    private async Task<bool> TakeAnswerAsync(string sessionId, string answer, string? clientMessageId, CancellationToken cancellationToken)
    {
        var session = await LoadAsync(sessionId, cancellationToken);
        if (clientMessageId is not null && await store.HasAnswerAsync(sessionId, clientMessageId, cancellationToken))
        {
            return false;
        }

        EnsureAcceptsInput(session);
        if (!InterviewStateMachine.ExpectsAnswer(session))
        {
            throw new InterviewException("answer-not-expected",
                "The interviewer has not finished yet: wait for the question, then send your answer again.");
        }

        var now = clock.GetUtcNow();
        var candidate = CandidateTurn(session, answer, clientMessageId, now);
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
        return true;
    }

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

                return true;
            }, cancellationToken);
        }
        finally
        {
            Continue(sessionId);
        }
    }

    private async Task<InterviewSession> LoadAsync(string sessionId, CancellationToken cancellationToken) =>
        await store.FindAsync(sessionId, cancellationToken)
        ?? throw new InterviewException("unknown-session", "This interview session does not exist.");

    private static void EnsureAcceptsInput(InterviewSession session)
    {
        if (!InterviewStateMachine.AcceptsInput(session))
        {
            throw new InterviewException("session-ended", "This interview has ended; start a new one to keep practising.");
        }
    }

    private static Turn CandidateTurn(InterviewSession session, string answer, string? clientMessageId, DateTimeOffset now) =>
        NextTurn(session, Role.Candidate, MessageKind.Answer, answer, NewMessageId(), session.CurrentIndex, now) with { ClientMessageId = clientMessageId };

    private static Turn NextTurn(InterviewSession session, Role role, MessageKind kind, string text, string messageId, int questionIndex, DateTimeOffset now)
    {
        var questionId = kind is MessageKind.Greeting or MessageKind.Closing ? null : session.Questions[questionIndex].QuestionId;
        var turn = new Turn(session.Id, session.TurnCount, messageId, role, kind, text, questionId, questionIndex, now);
        session.TurnCount++;
        return turn;
    }

    private static string NewMessageId() => Guid.NewGuid().ToString("N");

    // The session's background work: grade what waits for a grade, then say what is queued, one step at a time.
    private async Task WorkAsync(string sessionId, CancellationToken cancellationToken)
    {
        while (await NextStepAsync(sessionId, cancellationToken) is { } session)
        {
            if (session.AwaitingAssessment)
            {
                await GradeAsync(session, cancellationToken);
            }
            else if (!await SpeakAsync(session, session.Pending[0], cancellationToken))
            {
                return;
            }
        }
    }

    // Read through the gate, so a command saved before is seen, and one saved after has cancelled this work.
    private Task<InterviewSession?> NextStepAsync(string sessionId, CancellationToken cancellationToken) =>
        runner.RunAsync(sessionId, async () =>
        {
            var session = await store.FindAsync(sessionId, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return session is { AwaitingAssessment: true } or { Pending.Count: > 0 } ? session : null;
        }, cancellationToken);

    private async Task GradeAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        var interruptions = session.Interruptions;
        Assessment? assessment = null;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(pipeline.GradingTimeout);
            try
            {
                // An engine that does not listen for cancellation is left behind, not waited for.
                assessment = await grader.GradeAsync(GradingRequestFor(session), limit.Token).WaitAsync(limit.Token);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogGradingFailed(logger, e, session.Id);
            }
        }

        await runner.RunAsync(session.Id, async () =>
        {
            var current = await store.FindAsync(session.Id, CancellationToken.None);
            if (current is null || !current.AwaitingAssessment || current.Interruptions != interruptions)
            {
                return false;
            }

            if (assessment is null)
            {
                InterviewStateMachine.AssessmentFailed(current);
                await store.SaveAsync(current, [], [], CancellationToken.None);
                await events.SessionErrorAsync(current.Id, "grading-failed",
                    "Your answer is saved, but it could not be assessed just now: add to it, or skip the question.", CancellationToken.None);
                return false;
            }

            var answer = current.Current.Answers[^1];
            InterviewStateMachine.Assess(current, assessment, SpokenLength.EstimateSeconds(answer, current.Settings.Language), clock.GetUtcNow());
            await store.SaveAsync(current, [], [assessment], CancellationToken.None);
            return true;
        }, cancellationToken);
    }

    private GradingRequest GradingRequestFor(InterviewSession session)
    {
        var progress = session.Current;
        var question = bank.Find(progress.QuestionId)!;

        // A revised self-introduction stands alone; elsewhere replies to follow-ups add to the first answer.
        IReadOnlyList<string> evidence = session.Settings.Mode == InterviewMode.SelfIntro ? [progress.Answers[^1]] : [.. progress.Answers];
        return new GradingRequest(question, evidence, session.Settings.Language)
        {
            AskedFollowUps = progress.AskedFollowUps,
            ProbedPoints = progress.ProbedPoints,
            HintsUsed = progress.HintsGiven,
        };
    }

    /// <returns>False when every attempt failed: the words stay queued for the next <see cref="Continue"/>.</returns>
    private async Task<bool> SpeakAsync(InterviewSession session, Utterance utterance, CancellationToken cancellationToken)
    {
        if (utterance is FeedbackUtterance feedback && session.Questions[feedback.QuestionIndex].Assessment is { } assessment)
        {
            await events.AnswerAssessedAsync(session.Id, assessment, cancellationToken);
        }

        var messageId = NewMessageId();
        var piecesSent = 0;
        async Task ForgetPiecesAsync()
        {
            if (piecesSent > 0)
            {
                piecesSent = 0;
                await events.MessageResetAsync(session.Id, messageId, CancellationToken.None);
            }
        }

        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var text = new StringBuilder();
                try
                {
                    using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    limit.CancelAfter(pipeline.SpeakingTimeout);
                    await foreach (var piece in voice.SpeakAsync(session, utterance, limit.Token).WithCancellation(limit.Token))
                    {
                        limit.Token.ThrowIfCancellationRequested();
                        text.Append(piece);
                        await events.MessageDeltaAsync(session.Id, messageId, piece, cancellationToken);
                        piecesSent++;
                    }
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    LogSpeechFailed(logger, e, session.Id, attempt);
                    await ForgetPiecesAsync();
                    if (attempt < pipeline.SpeakingAttempts)
                    {
                        continue;
                    }

                    await events.SessionErrorAsync(session.Id, "interviewer-unavailable",
                        "The interviewer could not finish speaking; reconnect to try again.", CancellationToken.None);
                    return false;
                }

                if (await CompleteAsync(session.Id, session.Interruptions, utterance, messageId, text.ToString(), cancellationToken))
                {
                    piecesSent = 0;
                }

                return true;
            }
        }
        finally
        {
            // Cut short, even just as it finished: the page forgets the pieces it has of this message.
            await ForgetPiecesAsync();
        }
    }

    /// <returns>False when a command cut the message short before it could be stored.</returns>
    private Task<bool> CompleteAsync(string sessionId, int interruptions, Utterance utterance, string messageId, string text, CancellationToken cancellationToken) =>
        runner.RunAsync(sessionId, async () =>
        {
            var session = await store.FindAsync(sessionId, CancellationToken.None);
            if (session is null || session.Interruptions != interruptions || session.Pending.FirstOrDefault() != utterance)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            var turn = NextTurn(session, Role.Interviewer, utterance.Kind, text, messageId, utterance.QuestionIndex, now);
            session.Pending.RemoveAt(0);
            if (utterance is ClosingUtterance)
            {
                InterviewStateMachine.Complete(session, now);
            }

            await store.SaveAsync(session, [turn], [], CancellationToken.None);
            await events.MessageCompletedAsync(turn, session.TotalQuestions, CancellationToken.None);
            if (session.Status == SessionStatus.Completed)
            {
                await events.SessionCompletedAsync(reports.Build(session), CancellationToken.None);
            }

            return true;
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading failed in session {SessionId}; the answer stays saved")]
    private static partial void LogGradingFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The interviewer could not speak in session {SessionId} (attempt {Attempt})")]
    private static partial void LogSpeechFailed(ILogger logger, Exception exception, string sessionId, int attempt);
}
