namespace MockInterviewer.Storage;

/// <summary>How one reference point fared in one assessment: the rows mastery is computed from.</summary>
public sealed class PointResultRecord
{
    public long Id { get; set; }
    public required string SessionId { get; set; }
    public required string QuestionId { get; set; }
    public required string PointId { get; set; }
    public required string Status { get; set; }
    public required string Engine { get; set; }
    public DateTimeOffset At { get; set; }
}
