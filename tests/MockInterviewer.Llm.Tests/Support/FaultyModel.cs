using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Grading;
using MockInterviewer.Llm.Resilience;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>
/// The model's voice and grading engine over one <see cref="FaultyChat"/>, sharing one <see cref="ModelCalls"/>
/// (so one breaker) and one <see cref="ModelHealth"/>, as the host wires them.
/// </summary>
internal sealed class FaultyModel
{
    /// <summary>Half-second timeouts (short, yet long for a scripted model), no waiting between tries, and a breaker that needs many calls to open.</summary>
    public static readonly ResilienceSettings Quick = ResilienceSettings.Default with
    {
        RetryDelay = TimeSpan.Zero,
        FirstToken = TimeSpan.FromMilliseconds(500),
        Idle = TimeSpan.FromMilliseconds(500),
        Request = TimeSpan.FromMilliseconds(500),
        BreakerMinimumThroughput = 1_000,
    };

    public static readonly OfflineVoice Offline = new(TestPrompts.Library.Bank, TestPrompts.Library.Phrases);

    public FaultyModel(ResilienceSettings? settings = null, TimeProvider? time = null)
    {
        Retry = ModelCalls.Create(settings ?? Quick, Health, time ?? TimeProvider.System);
        Voice = new LlmVoice(Chat.Service, TestPrompts.Model, TestPrompts.Library.Bank, Offline, NullLogger<LlmVoice>.Instance, Retry);
        Grading = new LlmGradingEngine(Chat.Service, TestPrompts.Model, TestPrompts.OfflineGrader, NullLogger<LlmGradingEngine>.Instance, Retry);
    }

    public FaultyChat Chat { get; } = new();

    public ModelHealth Health { get; } = new();

    public ModelCalls Retry { get; }

    public LlmVoice Voice { get; }

    public LlmGradingEngine Grading { get; }

    public static Utterance Question => new QuestionUtterance(1, AfterSkip: false);

    public static InterviewSession Session() => VoiceSessions.Create(Language.En);

    /// <summary>A grading reply that parses: the definition of a decorator covered, quoted from <see cref="VoiceSessions.Answer"/>.</summary>
    public static string CoveredReply => JsonSerializer.Serialize(new
    {
        Points = new[] { new { PointId = "what-decorator-is", Status = "covered", Quote = "A decorator wraps a function" } },
        Misreading = (string?)null,
        FollowUpPointId = (string?)null,
        FollowUpText = (string?)null,
        OnlyKeywords = false,
        AddressedTheGrader = false,
    });

    public bool Available => Health.StateFor(Session()) == EngineState.Model;

    public async Task<string> SpeakAsync(InterviewSession session, Utterance utterance, CancellationToken cancellationToken = default) =>
        string.Concat(await Voice.SpeakAsync(session, utterance, cancellationToken).ToListAsync(cancellationToken));

    /// <summary>Says the utterance and collects what was said before it failed, with the failure.</summary>
    public async Task<(List<string> Said, Exception? Error)> TrySpeakAsync(InterviewSession session, Utterance utterance)
    {
        var said = new List<string>();
        try
        {
            await foreach (var piece in Voice.SpeakAsync(session, utterance, CancellationToken.None))
            {
                said.Add(piece);
            }
        }
        catch (Exception e)
        {
            return (said, e);
        }

        return (said, null);
    }

    public Task<GradingProposal> GradeAsync() =>
        Grading.ProposeAsync(new GradingRequest(VoiceSessions.Decorators, VoiceSessions.Answer, Language.En), CancellationToken.None);

    public static string OfflineWords(InterviewSession session, Utterance utterance) => Offline.Compose(session, utterance);
}
