using System.Collections.Concurrent;
using MockInterviewer.Cli.Terminal;
using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Cli.Tests.Support;

/// <summary>A screen that keeps everything it was asked to show, in order.</summary>
public sealed class RecordingScreen : IInterviewScreen
{
    public ConcurrentQueue<Shown> Lines { get; } = new();

    public ReportDto? ShownReport { get; private set; }

    /// <summary>All the text shown for one message, restarts included: what the candidate read.</summary>
    public string TextOf(string messageId) => string.Concat(Lines.Where(l => l.What == "text" && l.MessageId == messageId).Select(l => l.Text));

    public IEnumerable<Shown> Of(string what) => Lines.Where(l => l.What == what);

    public void BeginInterviewerMessage(string messageId) => Lines.Enqueue(new("begin", messageId, ""));

    public void InterviewerText(string messageId, string text) => Lines.Enqueue(new("text", messageId, text));

    public void EndInterviewerMessage(string messageId, string kind, int questionIndex, int totalQuestions, bool drafted) =>
        Lines.Enqueue(new("end", messageId, kind, drafted));

    public void MessageRestarted(string messageId) => Lines.Enqueue(new("restarted", messageId, ""));

    public void Assessment(AssessmentDto assessment) => Lines.Enqueue(new("assessment", null, assessment.QuestionId));

    public void YourTurn() => Lines.Enqueue(new("turn", null, ""));

    public void Status(string text) => Lines.Enqueue(new("status", null, text));

    public void Refused(string text) => Lines.Enqueue(new("refused", null, text));

    public void Report(ReportDto report)
    {
        ShownReport = report;
        Lines.Enqueue(new("report", null, report.SessionId));
    }

    /// <param name="Drafted">For an interviewer message's end: it was marked as about a drafted question.</param>
    public sealed record Shown(string What, string? MessageId, string Text, bool Drafted = false);
}
