using System.Text;
using Microsoft.Extensions.Logging;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Runs interviews: stores every candidate turn (with its assessment) before the call returns, then lets the
/// interviewer speak what the flow queued, streaming each message to the session's connections and storing
/// it whole before announcing it complete. Each session's steps run one at a time, in order.
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
    TimeProvider clock,
    ILogger<InterviewService> logger)
{
    public const int DefaultQuestionCount = 5;

    private static readonly (IReadOnlyList<Turn>, IReadOnlyList<Assessment>) NothingNew = ([], []);

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

    /// <summary>Lets the interviewer say whatever is still queued (after a start, a resume or a restart).</summary>
    public void Continue(string sessionId) => runner.RunInBackground(sessionId, ct => SpeakPendingAsync(sessionId, ct));

    public Task SubmitAnswerAsync(string sessionId, string answer, CancellationToken cancellationToken) =>
        ActAsync(sessionId, async session =>
        {
            var now = clock.GetUtcNow();
            var candidate = CandidateTurn(session, answer, now);
            if (InterviewStateMachine.CloseIfTimeUp(session, now))
            {
                return ([candidate], []);
            }

            if (stuckCues.IsStuck(answer))
            {
                InterviewStateMachine.GiveHint(session, candidateWasStuck: true, now);
                return ([candidate], []);
            }

            var assessment = await GradeAsync(session, answer, cancellationToken);
            var seconds = SpokenLength.EstimateSeconds(answer, session.Settings.Language);
            InterviewStateMachine.ReceiveAnswer(session, answer, assessment, seconds, now);
            return ([candidate], [assessment]);
        }, cancellationToken);

    public Task RequestHintAsync(string sessionId, CancellationToken cancellationToken) =>
        ActAsync(sessionId, session =>
        {
            InterviewStateMachine.GiveHint(session, candidateWasStuck: false, clock.GetUtcNow());
            return Task.FromResult(NothingNew);
        }, cancellationToken);

    public Task SkipQuestionAsync(string sessionId, CancellationToken cancellationToken) =>
        ActAsync(sessionId, session =>
        {
            InterviewStateMachine.Skip(session, clock.GetUtcNow());
            return Task.FromResult(NothingNew);
        }, cancellationToken);

    public Task EndAsync(string sessionId, CancellationToken cancellationToken) =>
        ActAsync(sessionId, session =>
        {
            InterviewStateMachine.End(session);
            return Task.FromResult(NothingNew);
        }, cancellationToken);

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

    private async Task ActAsync(
        string sessionId,
        Func<InterviewSession, Task<(IReadOnlyList<Turn> Turns, IReadOnlyList<Assessment> Assessments)>> act,
        CancellationToken cancellationToken)
    {
        await runner.RunAsync(sessionId, async () =>
        {
            var session = await store.FindAsync(sessionId, cancellationToken)
                ?? throw new InterviewException("unknown-session", "This interview session does not exist.");
            if (!InterviewStateMachine.AcceptsInput(session))
            {
                throw new InterviewException("session-ended", "This interview has ended; start a new one to keep practising.");
            }

            var (turns, assessments) = await act(session);
            await store.SaveAsync(session, turns, assessments, cancellationToken);
            return true;
        }, cancellationToken);
        Continue(sessionId);
    }

    private Task<Assessment> GradeAsync(InterviewSession session, string answer, CancellationToken cancellationToken)
    {
        var progress = session.Current;
        var question = bank.Find(progress.QuestionId)!;

        // A revised self-introduction stands alone; elsewhere replies to follow-ups add to the first answer.
        IReadOnlyList<string> evidence = session.Settings.Mode == InterviewMode.SelfIntro ? [answer] : [.. progress.Answers, answer];
        var request = new GradingRequest(question, evidence, session.Settings.Language)
        {
            AskedFollowUps = progress.AskedFollowUps,
            ProbedPoints = progress.ProbedPoints,
            HintsUsed = progress.HintsGiven,
        };
        return grader.GradeAsync(request, cancellationToken);
    }

    private static Turn CandidateTurn(InterviewSession session, string answer, DateTimeOffset now) =>
        NextTurn(session, Role.Candidate, MessageKind.Answer, answer, Guid.NewGuid().ToString("N"), session.CurrentIndex, now);

    private static Turn NextTurn(InterviewSession session, Role role, MessageKind kind, string text, string messageId, int questionIndex, DateTimeOffset now)
    {
        var questionId = kind is MessageKind.Greeting or MessageKind.Closing ? null : session.Questions[questionIndex].QuestionId;
        var turn = new Turn(session.Id, session.TurnCount, messageId, role, kind, text, questionId, questionIndex, now);
        session.TurnCount++;
        return turn;
    }

    private async Task SpeakPendingAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await store.FindAsync(sessionId, cancellationToken);
        if (session is null)
        {
            return;
        }

        try
        {
            while (session.Pending.Count > 0)
            {
                await SpeakAsync(session, session.Pending[0], cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSpeechFailed(logger, e, sessionId);
            await events.SessionErrorAsync(sessionId, "interviewer-unavailable",
                "The interviewer could not finish speaking; reconnect to pick up where you left off.", CancellationToken.None);
        }
    }

    private async Task SpeakAsync(InterviewSession session, Utterance utterance, CancellationToken cancellationToken)
    {
        if (utterance is FeedbackUtterance feedback && session.Questions[feedback.QuestionIndex].Assessment is { } assessment)
        {
            await events.AnswerAssessedAsync(session.Id, assessment, cancellationToken);
        }

        var messageId = Guid.NewGuid().ToString("N");
        var text = new StringBuilder();
        await foreach (var piece in voice.SpeakAsync(session, utterance, cancellationToken))
        {
            text.Append(piece);
            await events.MessageDeltaAsync(session.Id, messageId, piece, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var turn = NextTurn(session, Role.Interviewer, utterance.Kind, text.ToString(), messageId, utterance.QuestionIndex, now);
        session.Pending.RemoveAt(0);
        if (utterance is ClosingUtterance)
        {
            InterviewStateMachine.Complete(session, now);
        }

        await store.SaveAsync(session, [turn], [], cancellationToken);
        await events.MessageCompletedAsync(turn, session.TotalQuestions, cancellationToken);
        if (session.Status == SessionStatus.Completed)
        {
            await events.SessionCompletedAsync(reports.Build(session), cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The interviewer could not speak in session {SessionId}")]
    private static partial void LogSpeechFailed(ILogger logger, Exception exception, string sessionId);
}
