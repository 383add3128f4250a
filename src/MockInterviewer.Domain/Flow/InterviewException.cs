namespace MockInterviewer.Domain.Flow;

/// <summary>A request the interview cannot take (the session has ended, the answer is empty...), said for the candidate.</summary>
public sealed class InterviewException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
