namespace MockInterviewer.Domain.Flow;

public enum FeedbackTiming
{
    AfterEach,
    AtEnd,
}
