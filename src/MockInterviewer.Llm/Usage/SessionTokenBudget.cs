using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Telemetry;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Llm.Usage;

/// <summary>
/// <c>Llm:MaxTokensPerSession</c>: what a session has spent (saved with it, plus what the meter holds for it),
/// checked before every model call made for it; and where the calls' usage is recorded. A call outside a
/// session (the assessment endpoint) is neither limited nor recorded.
/// </summary>
public sealed class SessionTokenBudget(SessionUsageMeter meter, int maxTokensPerSession)
{
    public static SessionTokenBudget Unlimited { get; } = new(new SessionUsageMeter(), int.MaxValue);

    public bool IsSpent(InterviewSession session) => meter.SpentBy(session).Total >= maxTokensPerSession;

    public bool IsSpent(GradingRequest request) =>
        request.SessionId is { } id && (request.SessionUsage + meter.Unsaved(id)).Total >= maxTokensPerSession;

    /// <summary>Adds a reply's usage, when it carries any, to the session's meter.</summary>
    public void Record(string? sessionId, IReadOnlyDictionary<string, object?>? metadata)
    {
        if (ModelUsage.Read(metadata) is not { } usage)
        {
            return;
        }

        InterviewTelemetry.TokensSpent(usage);
        if (sessionId is not null)
        {
            meter.Add(sessionId, usage);
        }
    }
}
