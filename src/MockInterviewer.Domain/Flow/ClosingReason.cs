namespace MockInterviewer.Domain.Flow;

public enum ClosingReason
{
    Completed,
    TimeUp,
    EndedByCandidate,

    /// <summary>Nobody acted in the session for the idle time (<c>Sessions:IdleTimeoutMinutes</c>): closed without closing words.</summary>
    Expired,
}
