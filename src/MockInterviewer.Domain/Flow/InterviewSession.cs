using System.Text.Json.Serialization;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain.Flow;

/// <summary>The whole state of one interview; the state machine changes it, the store keeps it.</summary>
public sealed class InterviewSession
{
    public required string Id { get; init; }

    public required InterviewSettings Settings { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Active;

    public ClosingReason? ClosedBecause { get; set; }

    public required List<QuestionProgress> Questions { get; init; }

    public int CurrentIndex { get; set; }

    /// <summary>
    /// The questions a model drafted for this session's job posting and its plan asks (<see cref="Question.Drafted"/>):
    /// they belong to the session, not the bank, and are stored with it.
    /// </summary>
    public List<Question> DraftedQuestions { get; init; } = [];

    /// <summary>Said in order; removed one by one as each is spoken and stored.</summary>
    public List<Utterance> Pending { get; init; } = [];

    /// <summary>The candidate's last answer is stored and waits for its assessment.</summary>
    public bool AwaitingAssessment { get; set; }

    /// <summary>Counts the times the candidate cut the interviewer short, so work begun before one is known to be stale.</summary>
    public int Interruptions { get; set; }

    /// <summary>The engine state the candidate was last told about (or, at first, simply the last one seen).</summary>
    public EngineState EngineState { get; set; }

    /// <summary>Tokens the model has spent on this session, as saved (see <see cref="SessionUsageMeter"/>).</summary>
    public TokenUsage Usage { get; set; } = TokenUsage.Zero;

    /// <summary>The report's summary, written once when the session completed; null until then.</summary>
    public WrittenSummary? Summary { get; set; }

    /// <summary>
    /// The ids the candidate's client gave the answers taken so far, so an answer sent again is known without asking
    /// the store. Null for a session stored before the state kept them: then the store is asked.
    /// </summary>
    public List<string>? AnswerClientIds { get; set; } = [];

    /// <summary>How many turns the transcript holds; the next turn's sequence number.</summary>
    public int TurnCount { get; set; }

    /// <summary>
    /// The stored version this state was read at (0 before its first save). The store refuses to save it over a
    /// newer one (<see cref="Ports.SessionConflictException"/>), and counts it up with each save.
    /// </summary>
    [JsonIgnore]
    public int Revision { get; set; }

    [JsonIgnore]
    public int TotalQuestions => Questions.Count;

    /// <summary>The next turn of the transcript, numbered in order; the caller stores it with the session.</summary>
    public Turn AppendTurn(Role role, MessageKind kind, string text, string messageId, int questionIndex, DateTimeOffset at)
    {
        var questionId = kind is MessageKind.Greeting or MessageKind.Closing or MessageKind.Notice ? null : Questions[questionIndex].QuestionId;
        return new Turn(Id, TurnCount++, messageId, role, kind, text, questionId, questionIndex, at);
    }

    /// <summary>The one lookup of a session's questions: the bank's, or one drafted for this session; null for an id neither has.</summary>
    public Question? FindQuestion(string? questionId, QuestionBank bank) =>
        questionId is null ? null
        : Question.IsDraftedId(questionId) ? DraftedQuestions.Find(q => string.Equals(q.Id, questionId, StringComparison.Ordinal))
        : bank.Find(questionId);

    /// <summary>The question a planned one is about; a plan naming a question neither has is a broken deployment, not a candidate's error.</summary>
    public Question QuestionOf(QuestionProgress progress, QuestionBank bank) =>
        FindQuestion(progress.QuestionId, bank)
        ?? throw new InvalidOperationException($"Session {Id} plans question '{progress.QuestionId}', which neither the bank nor the session has.");

    public Question QuestionAt(int index, QuestionBank bank) => QuestionOf(Questions[index], bank);

    [JsonIgnore]
    public QuestionProgress Current => Questions[Math.Min(CurrentIndex, Questions.Count - 1)];

    [JsonIgnore]
    public bool IsClosing => ClosedBecause is not null;
}
