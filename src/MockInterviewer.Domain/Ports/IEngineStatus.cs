using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Ports;

/// <summary>Whether a session's words and grades come from the model just now; the flow tells the candidate when that changes.</summary>
public interface IEngineStatus
{
    EngineState StateFor(InterviewSession session);
}
