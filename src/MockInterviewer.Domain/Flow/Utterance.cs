using System.Text.Json.Serialization;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// What the interviewer is to say next, decided by the flow; a voice (offline phrases or a model) turns it
/// into words. Pending utterances are stored with the session, so a restart still says them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(GreetingUtterance), "greeting")]
[JsonDerivedType(typeof(QuestionUtterance), "question")]
[JsonDerivedType(typeof(FollowUpUtterance), "follow-up")]
[JsonDerivedType(typeof(HintUtterance), "hint")]
[JsonDerivedType(typeof(FeedbackUtterance), "feedback")]
[JsonDerivedType(typeof(ClosingUtterance), "closing")]
[JsonDerivedType(typeof(NoticeUtterance), "notice")]
public abstract record Utterance(int QuestionIndex)
{
    [JsonIgnore]
    public abstract MessageKind Kind { get; }
}

public sealed record GreetingUtterance() : Utterance(0)
{
    public override MessageKind Kind => MessageKind.Greeting;
}

/// <param name="AfterSkip">The previous question was skipped, so the lead-in is not "thank you for the answer".</param>
public sealed record QuestionUtterance(int QuestionIndex, bool AfterSkip) : Utterance(QuestionIndex)
{
    public override MessageKind Kind => MessageKind.Question;
}

public sealed record FollowUpUtterance(int QuestionIndex, SuggestedFollowUp FollowUp) : Utterance(QuestionIndex)
{
    public override MessageKind Kind => MessageKind.FollowUp;
}

/// <param name="HintNumber">1 for the first hint on this question, 2 for the second, and so on.</param>
public sealed record HintUtterance(int QuestionIndex, int HintNumber, bool CandidateWasStuck) : Utterance(QuestionIndex)
{
    public override MessageKind Kind => MessageKind.Hint;

    /// <summary>The bank follow-up this hint is about (the first hint after it), or null for a hint on the question.</summary>
    public int? FollowUpIndex { get; init; }

    /// <summary>Among the hints on the question itself, which this one is: 1 for the first.</summary>
    public int QuestionHintNumber { get; init; }
}

public sealed record FeedbackUtterance(int QuestionIndex) : Utterance(QuestionIndex)
{
    public override MessageKind Kind => MessageKind.Feedback;
}

public sealed record ClosingUtterance(int QuestionIndex, ClosingReason Reason) : Utterance(QuestionIndex)
{
    public override MessageKind Kind => MessageKind.Closing;
}

/// <param name="State">What the candidate is told about: the model unavailable, back, or the session's model budget spent.</param>
public sealed record NoticeUtterance(int QuestionIndex, EngineState State) : Utterance(QuestionIndex)
{
    public override MessageKind Kind => MessageKind.Notice;
}
