namespace MockInterviewer.Domain.Flow;

public enum ClosingReason
{
    Completed,
    TimeUp,
    EndedByCandidate,
}
