using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Storage;

/// <summary>One <see cref="Domain.Ports.ISessionStore.SaveAsync"/> call's arguments, as the writer queues it.</summary>
public sealed record SessionSave(InterviewSession Session, IReadOnlyList<Turn> NewTurns, IReadOnlyList<Assessment> NewAssessments);
