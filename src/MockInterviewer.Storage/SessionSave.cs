using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Storage;

/// <summary>One <see cref="Domain.Ports.ISessionStore.SaveAsync"/> call's arguments, as the writer queues it.</summary>
public sealed record SessionSave(InterviewSession Session, IReadOnlyList<Turn> NewTurns, IReadOnlyList<Assessment> NewAssessments)
{
    /// <summary>The session's state already written as UTF-8 JSON (by the caller, off the writer's thread); null to write it when stored.</summary>
    public byte[]? StateUtf8 { get; init; }

    /// <summary>Set by the store when the session was no longer there (deleted with its account): nothing of this save was stored.</summary>
    public bool Dropped { get; set; }
}
