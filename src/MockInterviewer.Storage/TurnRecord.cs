namespace MockInterviewer.Storage;

public sealed class TurnRecord
{
    public long Id { get; set; }
    public required string SessionId { get; set; }
    public int Sequence { get; set; }
    public required string MessageId { get; set; }
    public required string Role { get; set; }
    public required string Kind { get; set; }
    public required string Text { get; set; }
    public string? QuestionId { get; set; }
    public int QuestionIndex { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The id the candidate's client gave an answer; unique within the session, so a resend is stored once.</summary>
    public string? ClientMessageId { get; set; }
}
