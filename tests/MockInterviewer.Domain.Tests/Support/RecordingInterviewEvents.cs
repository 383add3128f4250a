using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>Everything the candidate's connections would have heard, in the order it was sent.</summary>
internal sealed class RecordingInterviewEvents : IInterviewEvents
{
    private readonly Lock _gate = new();
    private readonly List<object> _all = [];
    private readonly List<bool> _completedInLane = [];

    public IReadOnlyList<object> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _all];
            }
        }
    }

    public IReadOnlyList<Delta> Deltas => All.OfType<Delta>().ToList();

    public IReadOnlyList<Reset> Resets => All.OfType<Reset>().ToList();

    public IReadOnlyList<Turn> Completed => All.OfType<Turn>().ToList();

    public IReadOnlyList<Assessment> Assessed => All.OfType<Assessment>().ToList();

    public IReadOnlyList<Report> Reports => All.OfType<Report>().ToList();

    public IReadOnlyList<Error> Errors => All.OfType<Error>().ToList();

    public Task MessageDeltaAsync(string sessionId, string messageId, string text, CancellationToken cancellationToken) =>
        Record(new Delta(sessionId, messageId, text));

    public Task MessageResetAsync(string sessionId, string messageId, CancellationToken cancellationToken) =>
        Record(new Reset(sessionId, messageId));

    /// <summary>For each completed message, whether it was sent from a session's background lane (where its save ran).</summary>
    public IReadOnlyList<bool> CompletedInLane
    {
        get
        {
            lock (_gate)
            {
                return [.. _completedInLane];
            }
        }
    }

    public Task MessageCompletedAsync(Turn turn, int totalQuestions, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _completedInLane.Add(TaskScheduler.Current is BackgroundLane);
        }

        return Record(turn);
    }

    public Task AnswerAssessedAsync(string sessionId, Assessment assessment, CancellationToken cancellationToken) => Record(assessment);

    public Task SessionCompletedAsync(Report report, CancellationToken cancellationToken) => Record(report);

    public Task SessionErrorAsync(string sessionId, string code, string message, CancellationToken cancellationToken) =>
        Record(new Error(sessionId, code, message));

    private Task Record(object happened)
    {
        lock (_gate)
        {
            _all.Add(happened);
        }

        return Task.CompletedTask;
    }

    public sealed record Delta(string SessionId, string MessageId, string Text);

    public sealed record Reset(string SessionId, string MessageId);

    public sealed record Error(string SessionId, string Code, string Message);
}
