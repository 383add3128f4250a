using System.Collections.Concurrent;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Usage;

/// <summary>
/// Tokens spent on each session's behalf since the session was last saved. The model's adapters add to it as
/// replies arrive, outside the session's gate; the interviewer's work moves it into the session whenever it
/// saves, so the session's own <see cref="InterviewSession.Usage"/> survives a restart.
/// </summary>
public sealed class SessionUsageMeter
{
    private readonly ConcurrentDictionary<string, TokenUsage> _unsaved = new(StringComparer.Ordinal);

    public void Add(string sessionId, TokenUsage usage) =>
        _unsaved.AddOrUpdate(sessionId, usage, (_, sofar) => sofar + usage);

    public TokenUsage Unsaved(string sessionId) => _unsaved.GetValueOrDefault(sessionId, TokenUsage.Zero);

    /// <summary>Everything the session has spent: what it holds plus what is not saved with it yet.</summary>
    public TokenUsage SpentBy(InterviewSession session) => session.Usage + Unsaved(session.Id);

    /// <summary>Moves the unsaved tokens into <paramref name="session"/>, which the caller is about to save.</summary>
    public void MoveInto(InterviewSession session)
    {
        if (_unsaved.TryRemove(session.Id, out var usage))
        {
            session.Usage += usage;
        }
    }
}
