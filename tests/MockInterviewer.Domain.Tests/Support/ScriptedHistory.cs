using Microsoft.Extensions.Time.Testing;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Practice;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>A candidate's results written down one session at a time on a fake clock, for the practice tests.</summary>
internal sealed class ScriptedHistory
{
    private readonly List<PointResult> _results = [];
    private int _sessions;

    public FakeTimeProvider Clock { get; } = new(FlowSessions.Start);

    public DateTimeOffset Now => Clock.GetUtcNow();

    public IReadOnlyList<PointResult> Results => _results;

    /// <summary>One session, at the clock's time, with these statuses for the question's points.</summary>
    public ScriptedHistory Session(string questionId, params (string PointId, PointStatus Status)[] points)
    {
        var sessionId = $"session-{++_sessions}";
        _results.AddRange(points.Select(p => new PointResult(sessionId, questionId, p.PointId, p.Status, GradingEngine.Offline, Now)));
        return this;
    }

    public ScriptedHistory AfterDays(double days)
    {
        Clock.Advance(TimeSpan.FromDays(days));
        return this;
    }

    public IReadOnlyList<PointMastery> Board(QuestionBank bank, Language language = Language.En, string? track = null) =>
        MasteryBoard.Build(_results, bank, language, Now, track);
}
