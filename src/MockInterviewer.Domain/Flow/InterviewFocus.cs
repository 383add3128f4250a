namespace MockInterviewer.Domain.Flow;

/// <summary>What a session is built around.</summary>
public enum InterviewFocus
{
    /// <summary>Today's spread of the track's questions.</summary>
    General,

    /// <summary>The reference points the candidate's history says are due, weakest first.</summary>
    Review,
}
