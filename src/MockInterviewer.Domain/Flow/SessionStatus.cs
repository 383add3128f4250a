namespace MockInterviewer.Domain.Flow;

public enum SessionStatus
{
    Active,
    Completed,
}
