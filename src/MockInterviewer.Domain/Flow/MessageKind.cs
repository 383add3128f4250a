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

    /// <summary>A word about the session itself, such as the model being unavailable.</summary>
    Notice,
}
