using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Ports;

/// <summary>Turns what the flow decided to say into words, piece by piece as they are produced.</summary>
public interface IInterviewerVoice
{
    IAsyncEnumerable<string> SpeakAsync(InterviewSession session, Utterance utterance, CancellationToken cancellationToken);
}
