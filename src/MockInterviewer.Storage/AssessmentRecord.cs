namespace MockInterviewer.Storage;

public sealed class AssessmentRecord
{
    public long Id { get; set; }
    public required string SessionId { get; set; }
    public required string QuestionId { get; set; }
    public int Score { get; set; }
    public required string Engine { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset At { get; set; }
}
