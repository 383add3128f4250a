namespace MockInterviewer.Domain.Flow;

public enum MessageKind
{
    Greeting,
    Question,
    FollowUp,
    Hint,
    Feedback,
    Closing,
    Answer,
}
