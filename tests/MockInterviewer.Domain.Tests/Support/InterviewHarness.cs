using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>
/// The interview service with the offline grader and voice, the repository's phrases, an in-memory store and
/// a fake clock. Each step waits for the interviewer to finish speaking, as a candidate would.
/// </summary>
internal sealed class InterviewHarness : IDisposable
{
    public static readonly DateTimeOffset Start = FlowSessions.Start;

    private readonly Dictionary<string, int> _turnsBeforeLastStep = new(StringComparer.Ordinal);

    /// <param name="grader">Grades in place of the offline grader (a slow or failing engine).</param>
    /// <param name="voice">Speaks in place of the offline voice.</param>
    /// <param name="engine">Says whether the model is answering, in place of "no model configured".</param>
    /// <param name="summaries">Writes the report's summary in place of the offline phrases.</param>
    public InterviewHarness(
        QuestionBank bank, IAnswerGrader? grader = null, IInterviewerVoice? voice = null, PipelineSettings? pipeline = null, IEngineStatus? engine = null,
        IReportSummaryWriter? summaries = null)
    {
        Bank = bank;
        Store = new InMemorySessionStore(Clock);
        Grader = AnswerAssessor.Offline(bank, RealPrompts.GraderSettings, RealPrompts.Phrases);
        Voice = new OfflineVoice(bank, RealPrompts.Phrases);
        Reports = new ReportBuilder(bank, RealPrompts.Phrases, RealPrompts.Words);
        var work = new InterviewerWork(
            bank,
            grader ?? Grader,
            voice ?? Voice,
            engine ?? new OfflineEngineStatus(),
            Store,
            Events,
            Reports,
            summaries ?? new OfflineSummaryWriter(),
            Meter,
            Runner,
            pipeline ?? PipelineSettings.Default,
            Clock,
            NullLogger<InterviewerWork>.Instance);
        Service = new InterviewService(bank, Store, new StuckCues(RealPrompts.GraderSettings), Reports, Runner, work, Clock);
    }

    public QuestionBank Bank { get; }

    public AnswerAssessor Grader { get; }

    public OfflineVoice Voice { get; }

    public ReportBuilder Reports { get; }

    public SessionUsageMeter Meter { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Start);

    public InMemorySessionStore Store { get; }

    public RecordingInterviewEvents Events { get; } = new();

    public SessionRunner Runner { get; } = new(NullLogger<SessionRunner>.Instance);

    public InterviewService Service { get; }

    public static InterviewSettings Settings(
        InterviewMode mode = InterviewMode.Interview,
        string track = FlowBank.Track,
        Language language = Language.En,
        int questionCount = 3,
        int? timeLimitMinutes = null,
        FeedbackTiming feedback = FeedbackTiming.AfterEach) =>
        new(mode, track, language, questionCount, timeLimitMinutes, feedback);

    public async Task<string> StartAsync(InterviewSettings settings, PlanPreferences? preferences = null)
    {
        var session = await Service.CreateAsync(settings, preferences ?? PlanPreferences.None, CancellationToken.None);
        Service.Continue(session.Id);
        await Runner.WhenIdleAsync();
        return session.Id;
    }

    public Task AnswerAsync(string sessionId, string answer) =>
        StepAsync(sessionId, () => Service.SubmitAnswerAsync(sessionId, answer, clientMessageId: null, CancellationToken.None));

    public async Task AnswerCurrentThoroughlyAsync(string sessionId) =>
        await AnswerAsync(sessionId, FlowBank.Thorough[Session(sessionId).Current.QuestionId]);

    public Task HintAsync(string sessionId) =>
        StepAsync(sessionId, () => Service.RequestHintAsync(sessionId, CancellationToken.None));

    public Task SkipAsync(string sessionId) =>
        StepAsync(sessionId, () => Service.SkipQuestionAsync(sessionId, CancellationToken.None));

    public Task EndAsync(string sessionId) =>
        StepAsync(sessionId, () => Service.EndAsync(sessionId, CancellationToken.None));

    public InterviewSession Session(string sessionId) =>
        Store.Find(sessionId) ?? throw new InvalidOperationException($"No session {sessionId} was saved.");

    public IReadOnlyList<Turn> Transcript(string sessionId) => Store.Transcript(sessionId);

    /// <summary>What the interviewer said in reply to the last step.</summary>
    public IReadOnlyList<Turn> LastReply(string sessionId) =>
        Transcript(sessionId).Skip(_turnsBeforeLastStep.GetValueOrDefault(sessionId)).Where(t => t.Role == Role.Interviewer).ToList();

    public void Dispose() => Runner.Dispose();

    private async Task StepAsync(string sessionId, Func<Task> step)
    {
        _turnsBeforeLastStep[sessionId] = Transcript(sessionId).Count;
        await step();
        await Runner.WhenIdleAsync();
    }
}
