using MockInterviewer.Cli.Terminal;
using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Cli.Transcript;

/// <summary>
/// What the candidate has been shown of each interviewer message, so that every piece reaches the screen once:
/// deltas as they stream, a reset that takes pieces back, the completed text that fills in what a drop lost,
/// and a rejoined session's transcript that adds only what was missed. The same holds for the assessments shown
/// after each answer.
/// </summary>
public sealed class TranscriptView(IInterviewScreen screen)
{
    private readonly Dictionary<string, ShownMessage> _messages = new(StringComparer.Ordinal);
    private int _assessmentsShown;
    private string? _open;

    // From a drop until the next message completes live, a message first heard mid-stream may have lost its start.
    private bool _inGap;

    public void Delta(MessageDeltaEvent delta)
    {
        if (_inGap && !_messages.ContainsKey(delta.MessageId))
        {
            MessageOf(delta.MessageId).Gapped = true;
        }

        var message = MessageOf(delta.MessageId);
        if (message.Completed || message.Gapped || delta.Text.Length == 0)
        {
            return;
        }

        Open(delta.MessageId);
        message.Shown.Append(delta.Text);
        screen.InterviewerText(delta.MessageId, delta.Text);
    }

    public void Reset(MessageResetEvent reset)
    {
        var message = MessageOf(reset.MessageId);
        if (message.Completed || message.Shown.Length == 0)
        {
            return;
        }

        message.Shown.Clear();
        screen.MessageRestarted(reset.MessageId);
        _open = null;
    }

    public void Completed(MessageCompletedEvent completed)
    {
        Complete(completed.MessageId, completed.Text, completed.Kind, completed.QuestionIndex, completed.TotalQuestions, completed.Drafted);
        _inGap = false;
    }

    /// <summary>
    /// The connection dropped: pieces of a message still streaming were lost, so the ones still to come for it would
    /// not join up with what was shown. Its completed text (or the rejoined transcript) fills in the rest.
    /// </summary>
    public void ConnectionLost()
    {
        foreach (var message in _messages.Values.Where(m => !m.Completed))
        {
            message.Gapped = true;
        }

        _inGap = true;
        _open = null;
    }

    /// <summary>An answer's assessment, arriving just before the feedback message it goes with.</summary>
    public void Assessed(AssessmentDto assessment)
    {
        _assessmentsShown++;
        screen.Assessment(assessment);
    }

    /// <summary>
    /// A rejoined session's interviewer messages, each shown only in the part not shown before, and the assessments
    /// missed meanwhile, each just before its feedback message.
    /// </summary>
    public void Rejoined(JoinSessionResult joined)
    {
        // The session's list holds every assessment given so far, in order: the ones past those shown were missed.
        var assessments = joined.Assessments.Skip(_assessmentsShown).ToLookup(a => a.MessageId, a => a.Assessment, StringComparer.Ordinal);
        foreach (var entry in joined.Transcript.Where(e => e.Role == "interviewer"))
        {
            foreach (var assessment in assessments[entry.MessageId])
            {
                Assessed(assessment);
            }

            Complete(entry.MessageId, entry.Text, entry.Kind, entry.QuestionIndex, joined.TotalQuestions, entry.Drafted);
        }
    }

    /// <summary>The text the screen shows for a message: its pieces since its last reset.</summary>
    public string ShownText(string messageId) => _messages.TryGetValue(messageId, out var message) ? message.Shown.ToString() : "";

    public bool IsCompleted(string messageId) => _messages.TryGetValue(messageId, out var message) && message.Completed;

    private void Complete(string messageId, string text, string kind, int questionIndex, int totalQuestions, bool drafted)
    {
        var message = MessageOf(messageId);
        if (message.Completed)
        {
            return;
        }

        var shown = message.Shown.ToString();
        if (!text.StartsWith(shown, StringComparison.Ordinal))
        {
            // What was shown is not how the message ends (a reset this client missed): say so, then show it whole.
            message.Shown.Clear();
            screen.MessageRestarted(messageId);
            _open = null;
            shown = "";
        }

        if (text.Length > shown.Length)
        {
            Open(messageId);
            message.Shown.Append(text, shown.Length, text.Length - shown.Length);
            screen.InterviewerText(messageId, text[shown.Length..]);
        }

        message.Completed = true;
        screen.EndInterviewerMessage(messageId, kind, questionIndex, totalQuestions, drafted);
        if (_open == messageId)
        {
            _open = null;
        }
    }

    private void Open(string messageId)
    {
        if (_open != messageId)
        {
            _open = messageId;
            screen.BeginInterviewerMessage(messageId);
        }
    }

    private ShownMessage MessageOf(string messageId)
    {
        if (!_messages.TryGetValue(messageId, out var message))
        {
            message = new ShownMessage();
            _messages[messageId] = message;
        }

        return message;
    }

    private sealed class ShownMessage
    {
        public System.Text.StringBuilder Shown { get; } = new();

        public bool Completed { get; set; }

        public bool Gapped { get; set; }
    }
}
