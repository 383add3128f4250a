using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Flow;

/// <summary>One message of the conversation, as stored and as given back on resume.</summary>
/// <param name="ClientMessageId">The id the candidate's client gave an answer, so a resend is stored once.</param>
public sealed record Turn(
    string SessionId,
    int Sequence,
    string MessageId,
    Role Role,
    MessageKind Kind,
    string Text,
    string? QuestionId,
    int QuestionIndex,
    DateTimeOffset At,
    string? ClientMessageId = null)
{
    public static string NewMessageId() => Guid.NewGuid().ToString("N");
}
