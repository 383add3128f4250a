using System.Text;
using Microsoft.Extensions.Logging;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Telemetry;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// The session's background work: grade what waits for a grade, then say what is queued, one step at a time,
/// each with its own time limit. Each message streams to the session's connections, is stored whole, and only
/// then is announced complete; a message that fails midway is said again under the same id. A command saved
/// in between (a skip, the end) makes whatever is under way stale, and it is dropped. Once the session is complete,
/// the report's summary is written and kept, and the report goes out. Every save takes along the tokens the model
/// spent on the session meanwhile.
/// </summary>
public sealed partial class InterviewerWork(
    QuestionBank bank,
    IAnswerGrader grader,
    IInterviewerVoice voice,
    IEngineStatus engine,
    ISessionStore store,
    IInterviewEvents events,
    ReportBuilder reports,
    IReportSummaryWriter summaries,
    SessionUsageMeter meter,
    SessionRunner runner,
    PipelineSettings pipeline,
    TimeProvider clock,
    ILogger<InterviewerWork> logger)
{
    /// <param name="saved">The session as the command that asked for this work saved it, handed over to the work: it
    /// starts from it rather than reading the session again, unless someone has saved since.</param>
    public async Task RunAsync(string sessionId, InterviewSession? saved, CancellationToken cancellationToken)
    {
        using var span = InterviewTelemetry.StartSpan("interviewer work", sessionId);
        var wait = new FirstPieceWatch(clock);
        var session = saved;
        while ((session = await NextStepAsync(sessionId, session, cancellationToken)) is not null)
        {
            if (session.AwaitingAssessment)
            {
                await GradeAsync(session, cancellationToken);
            }
            else if (session.Pending.Count == 0)
            {
                await SummarizeAsync(session, cancellationToken);
            }
            else if (!await SpeakAsync(session, session.Pending[0], wait, cancellationToken))
            {
                return;
            }
        }
    }

    // Read through the gate, so a command saved before is seen, and one saved after has cancelled this work.
    private Task<InterviewSession?> NextStepAsync(string sessionId, InterviewSession? previous, CancellationToken cancellationToken) =>
        runner.RunAsync(sessionId, async () =>
        {
            var session = await CurrentAsync(sessionId, previous, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (session is not ({ AwaitingAssessment: true } or { Pending.Count: > 0 } or { Status: SessionStatus.Completed, Summary: null }))
            {
                return null;
            }

            await NoticeEngineChangeAsync(session);
            return session;
        }, cancellationToken);

    // The candidate hears once that the model stopped answering (or the session's allowance ran out), and once
    // that it is back; the words said offline in between need no apology each.
    private async Task NoticeEngineChangeAsync(InterviewSession session)
    {
        var state = engine.StateFor(session);
        if (state == session.EngineState)
        {
            return;
        }

        // A notice still waiting to be said is out of date (a blip: the model failed one call and answered the
        // next); the candidate has heard only what came before it, so unsaid it goes, with no word of a return.
        var unsaid = session.Pending.RemoveAll(u => u is NoticeUtterance) > 0;
        var announce = state is EngineState.BudgetSpent
            || (!unsaid && (state is EngineState.ModelUnavailable || (state is EngineState.Model && session.EngineState is EngineState.ModelUnavailable)));
        session.EngineState = state;
        if (announce && session.Status == SessionStatus.Active)
        {
            session.Pending.Insert(0, new NoticeUtterance(session.CurrentIndex, state));
        }

        await SaveAsync(session, [], []);
    }

    private async Task GradeAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        var interruptions = session.Interruptions;
        var request = GradingRequestFor(session);
        Assessment? assessment = null;
        UngradedReason? notGraded = null;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(pipeline.GradingTimeout);
            try
            {
                // An engine that does not listen for cancellation is left behind, not waited for.
                assessment = await grader.GradeAsync(request, limit.Token).WaitAsync(limit.Token);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogGradingFailed(logger, e, session.Id);

                // Only the model grades a drafted question: whatever stopped it, no other engine will do better.
                if (request.Question.Drafted)
                {
                    notGraded = e is AnswerNotGradedException notGradedException ? notGradedException.Reason : UngradedReason.ModelUnavailable;
                }
            }
        }

        await runner.RunAsync(session.Id, async () =>
        {
            var current = await CurrentAsync(session.Id, session, CancellationToken.None);
            if (current is null || !current.AwaitingAssessment || current.Interruptions != interruptions)
            {
                return false;
            }

            if (notGraded is { } reason)
            {
                InterviewStateMachine.LeaveUngraded(current, reason, clock.GetUtcNow());
                await SaveAsync(current, [], []);
                return false;
            }

            if (assessment is null)
            {
                InterviewStateMachine.AssessmentFailed(current);
                await SaveAsync(current, [], []);
                await events.SessionErrorAsync(current.Id, "grading-failed",
                    "Your answer is saved, but it could not be assessed just now: add to it, or skip the question.", CancellationToken.None);
                return false;
            }

            var answer = current.Current.Answers[^1];
            InterviewStateMachine.Assess(current, assessment, SpokenLength.EstimateSeconds(answer, current.Settings.Language), clock.GetUtcNow());
            await SaveAsync(current, [], [assessment]);
            return true;
        }, cancellationToken);
    }

    private GradingRequest GradingRequestFor(InterviewSession session)
    {
        var progress = session.Current;
        var question = session.QuestionOf(progress, bank);

        // A revised self-introduction stands alone; elsewhere replies to follow-ups add to the first answer.
        IReadOnlyList<string> evidence = session.Settings.Mode == InterviewMode.SelfIntro ? [progress.Answers[^1]] : [.. progress.Answers];
        return new GradingRequest(question, evidence, session.Settings.Language)
        {
            AskedFollowUps = progress.AskedFollowUps,
            ProbedPoints = progress.ProbedPoints,
            FocusPoints = session.Settings.Focus == InterviewFocus.Review ? progress.FocusPoints : [],
            HintsUsed = progress.HintsGiven,
            SessionId = session.Id,
            SessionUsage = session.Usage,
        };
    }

    /// <returns>False when every attempt failed: the words stay queued for the next <see cref="InterviewService.Continue"/>.</returns>
    private async Task<bool> SpeakAsync(InterviewSession session, Utterance utterance, FirstPieceWatch wait, CancellationToken cancellationToken)
    {
        if (utterance is FeedbackUtterance feedback && session.Questions[feedback.QuestionIndex].Assessment is { } assessment)
        {
            await events.AnswerAssessedAsync(session.Id, assessment, cancellationToken);
        }

        var messageId = Turn.NewMessageId();
        var piecesSent = 0;
        async Task ForgetPiecesAsync()
        {
            if (piecesSent > 0)
            {
                piecesSent = 0;
                await events.MessageResetAsync(session.Id, messageId, CancellationToken.None);
            }
        }

        // A model's tokens are relayed on the thread each arrives on (ConfigureAwait(false)), never queued back to
        // the session's lane one by one: that hop cost every token a task and a thread's wake-up, and put every
        // session's tokens in the one line of the lane's few threads. Phrases at hand (the offline voice) never
        // leave it. Whatever follows the stream (the save) runs back home.
        var home = TaskScheduler.Current;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var text = new StringBuilder();
                try
                {
                    using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    limit.CancelAfter(pipeline.SpeakingTimeout);
                    await foreach (var piece in voice.SpeakAsync(session, utterance, limit.Token).JoinReady(cancellationToken: limit.Token).ConfigureAwait(false))
                    {
                        limit.Token.ThrowIfCancellationRequested();
                        text.Append(piece);
                        wait.Heard(utterance.Kind);
                        await events.MessageDeltaAsync(session.Id, messageId, piece, cancellationToken).ConfigureAwait(false);
                        if (piecesSent++ == 0)
                        {
                            runner.FirstWordsSent(session.Id);
                        }
                    }

                    await SchedulerSwitch.To(home);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    await SchedulerSwitch.To(home);
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

                if (await CompleteAsync(session, session.Interruptions, utterance, messageId, text.ToString(), cancellationToken))
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
    private Task<bool> CompleteAsync(InterviewSession spoken, int interruptions, Utterance utterance, string messageId, string text, CancellationToken cancellationToken) =>
        runner.RunAsync(spoken.Id, async () =>
        {
            var session = await CurrentAsync(spoken.Id, spoken, CancellationToken.None);
            if (session is null || session.Interruptions != interruptions || session.Pending.FirstOrDefault() != utterance)
            {
                return false;
            }

            var now = clock.GetUtcNow();
            var turn = session.AppendTurn(Role.Interviewer, utterance.Kind, text, messageId, utterance.QuestionIndex, now);
            session.Pending.RemoveAt(0);
            if (utterance is ClosingUtterance)
            {
                InterviewStateMachine.Complete(session, now);
            }

            await SaveAsync(session, [turn], []);
            InterviewTelemetry.TurnStored(turn);
            if (session.Status == SessionStatus.Completed)
            {
                InterviewTelemetry.SessionFinished(session.ClosedBecause);
            }

            await events.MessageCompletedAsync(turn, session.TotalQuestions, CancellationToken.None);
            return true;
        }, cancellationToken);

    // Written once, outside the gate (a model may take a while); a writer that fails or runs out of time leaves
    // the offline summary, so the report always goes out.
    private async Task SummarizeAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        var offline = reports.Build(session);
        var summary = OfflineSummaryWriter.Of(offline);
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(pipeline.GradingTimeout);
            try
            {
                summary = await summaries.WriteAsync(session, offline, limit.Token).WaitAsync(limit.Token);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogSummaryFailed(logger, e, session.Id);
            }
        }

        await runner.RunAsync(session.Id, async () =>
        {
            var current = await CurrentAsync(session.Id, session, CancellationToken.None);
            if (current is null || current.Summary is not null)
            {
                return false;
            }

            current.Summary = summary;
            await SaveAsync(current, [], []);
            await events.SessionCompletedAsync(reports.Build(current), CancellationToken.None);
            return true;
        }, cancellationToken);
    }

    // The work goes on with the session it read or saved last, unless a command (or another node) has saved since:
    // each read is a whole session parsed anew. It is the work's own: changed only by the step that then saves it.
    private async Task<InterviewSession?> CurrentAsync(string sessionId, InterviewSession? mine, CancellationToken cancellationToken) =>
        mine is not null && await store.IsCurrentAsync(mine, cancellationToken) ? mine : await store.FindAsync(sessionId, cancellationToken);

    private Task SaveAsync(InterviewSession session, IReadOnlyList<Turn> newTurns, IReadOnlyList<Assessment> newAssessments)
    {
        meter.MoveInto(session);
        return store.SaveAsync(session, newTurns, newAssessments, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The report's summary could not be written in session {SessionId}; the offline summary stands")]
    private static partial void LogSummaryFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading failed in session {SessionId}; the answer stays saved")]
    private static partial void LogGradingFailed(ILogger logger, Exception exception, string sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The interviewer could not speak in session {SessionId} (attempt {Attempt})")]
    private static partial void LogSpeechFailed(ILogger logger, Exception exception, string sessionId, int attempt);

    // The candidate's wait: from the start of a run of work (set off by their command) to the first piece of words.
    private sealed class FirstPieceWatch(TimeProvider clock)
    {
        private readonly long _started = clock.GetTimestamp();
        private bool _heard;

        public void Heard(MessageKind kind)
        {
            if (!_heard)
            {
                _heard = true;
                InterviewTelemetry.FirstTokenAfter(clock.GetElapsedTime(_started), kind);
            }
        }
    }
}
