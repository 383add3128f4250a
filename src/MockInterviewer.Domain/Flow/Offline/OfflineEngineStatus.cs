using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Flow.Offline;

/// <summary>No model is configured, so there is never anything to announce.</summary>
public sealed class OfflineEngineStatus : IEngineStatus
{
    public EngineState StateFor(InterviewSession session) => EngineState.Offline;
}
