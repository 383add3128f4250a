using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.LoadDriver.Wire;

namespace MockInterviewer.LoadDriver.Candidates;

/// <summary>
/// One candidate's hub connection, opened as the page opens it (negotiate, a WebSocket, the JSON protocol with stateful
/// reconnect) on the driver's lean <see cref="HubSocket"/>. It times what it hears when its bytes are read and checks
/// every message: its deltas, taken since its last reset, must add up to the text of its MessageCompleted.
/// </summary>
public sealed class Candidate : IHubListener, IAsyncDisposable
{
    private static readonly HashSet<string> Prompts = new(StringComparer.Ordinal) { "question", "follow-up", "hint" };

    private readonly Action<MessageDeltaEvent, long>? _onDelta;
    private readonly Dictionary<string, StringBuilder> _pieces = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private HubSocket? _connection;
    private TaskCompletionSource<long>? _firstDelta;
    private TaskCompletionSource<MessageCompletedEvent?>? _nextPrompt;

    private Candidate(Action<MessageDeltaEvent, long>? onDelta)
    {
        _onDelta = onDelta;
    }

    public string? SessionId { get; private set; }

    public int Messages { get; private set; }

    /// <summary>Messages whose deltas did not add up to their completed text: a piece lost, doubled or out of order.</summary>
    public int BrokenMessages { get; private set; }

    public int Resets { get; private set; }

    public List<string> Errors { get; } = [];

    /// <param name="onDelta">Called on every delta with its arrival timestamp, on the driver's socket loop.</param>
    public static async Task<Candidate> ConnectAsync(Uri server, Action<MessageDeltaEvent, long>? onDelta = null, CancellationToken cancellationToken = default)
    {
        var candidate = new Candidate(onDelta);
        candidate._connection = await HubSocket.ConnectAsync(HubWire.Shared, new Uri(server, InterviewHubRoutes.Path), candidate, cancellationToken);
        return candidate;
    }

    /// <summary>Starts an interview and waits for its first question.</summary>
    public async Task StartAsync(string language, int questions, CancellationToken cancellationToken)
    {
        var prompt = Arm();
        SessionId = await StartSessionAsync(language, questions, cancellationToken);
        await prompt.WaitAsync(cancellationToken);
    }

    /// <summary>Starts an interview without waiting for anything said.</summary>
    public async Task StartOnlyAsync(string language, int questions, CancellationToken cancellationToken)
    {
        SessionId = await StartSessionAsync(language, questions, cancellationToken);
    }

    /// <summary>Skips the question asked, without waiting for the next.</summary>
    public Task SkipAsync(CancellationToken cancellationToken) =>
        Connection.InvokeAsync(InterviewHubRoutes.SkipQuestion, [SessionId], cancellationToken);

    /// <summary>Skips the question asked and waits for the next to have been said (null when the interview is over).</summary>
    public async Task<MessageCompletedEvent?> SkipAndHearAsync(CancellationToken cancellationToken)
    {
        var prompt = Arm();
        await SkipAsync(cancellationToken);
        return await prompt.WaitAsync(cancellationToken);
    }

    /// <summary>Answers, and waits for the interviewer's next question (null when the interview is over).</summary>
    /// <returns>Time from the call to the first delta after it, and the next question.</returns>
    public async Task<(TimeSpan FirstDelta, MessageCompletedEvent? Next)> AnswerAsync(string text, CancellationToken cancellationToken)
    {
        TaskCompletionSource<long> firstDelta;
        Task<MessageCompletedEvent?> prompt;
        lock (_gate)
        {
            firstDelta = _firstDelta = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            prompt = Arm();
        }

        var sent = Stopwatch.GetTimestamp();
        await Connection.InvokeAsync(InterviewHubRoutes.SubmitAnswerWithId, [SessionId, text, Guid.NewGuid().ToString("N")], cancellationToken);
        var heard = await firstDelta.Task.WaitAsync(cancellationToken);
        var next = await prompt.WaitAsync(cancellationToken);
        return (Stopwatch.GetElapsedTime(sent, heard), next);
    }

    public ValueTask DisposeAsync()
    {
        _connection?.Dispose();
        return ValueTask.CompletedTask;
    }

    void IHubListener.OnCall(string target, ref Utf8JsonReader firstArgument, long receivedAt)
    {
        switch (target)
        {
            case nameof(IInterviewClient.MessageDelta):
                OnDelta(JsonSerializer.Deserialize<MessageDeltaEvent>(ref firstArgument, HubWire.Json)!, receivedAt);
                break;
            case nameof(IInterviewClient.MessageReset):
                OnReset(JsonSerializer.Deserialize<MessageResetEvent>(ref firstArgument, HubWire.Json)!);
                break;
            case nameof(IInterviewClient.MessageCompleted):
                OnCompleted(JsonSerializer.Deserialize<MessageCompletedEvent>(ref firstArgument, HubWire.Json)!);
                break;
            case nameof(IInterviewClient.SessionCompleted):
                lock (_gate)
                {
                    _nextPrompt?.TrySetResult(null);
                }

                break;
            case nameof(IInterviewClient.SessionError):
                var error = JsonSerializer.Deserialize<SessionErrorEvent>(ref firstArgument, HubWire.Json)!;
                lock (_gate)
                {
                    Errors.Add(error.Code);
                    _nextPrompt?.TrySetException(new InvalidOperationException($"session error {error.Code}"));
                }

                break;
        }
    }

    private HubSocket Connection => _connection ?? throw new InvalidOperationException("Not connected.");

    private async Task<string> StartSessionAsync(string language, int questions, CancellationToken cancellationToken)
    {
        var result = await Connection.InvokeAsync(InterviewHubRoutes.StartSession,
            [new StartSessionRequest("interview", "ml-junior", language, questions, null, "after-each")], cancellationToken);
        return result.Deserialize<StartSessionResult>(HubWire.Json)?.SessionId ?? throw new InvalidOperationException("StartSession returned nothing.");
    }

    private void OnDelta(MessageDeltaEvent e, long at)
    {
        lock (_gate)
        {
            (_pieces.TryGetValue(e.MessageId, out var text) ? text : _pieces[e.MessageId] = new StringBuilder()).Append(e.Text);
            _firstDelta?.TrySetResult(at);
        }

        _onDelta?.Invoke(e, at);
    }

    private void OnReset(MessageResetEvent e)
    {
        lock (_gate)
        {
            _pieces.Remove(e.MessageId);
            Resets++;
        }
    }

    private void OnCompleted(MessageCompletedEvent e)
    {
        lock (_gate)
        {
            var heard = _pieces.Remove(e.MessageId, out var text) ? text.ToString() : "";
            Messages++;
            if (!string.Equals(heard, e.Text, StringComparison.Ordinal))
            {
                BrokenMessages++;
            }

            if (Prompts.Contains(e.Kind))
            {
                _nextPrompt?.TrySetResult(e);
            }
            else if (e.Kind == "closing")
            {
                _nextPrompt?.TrySetResult(null);
            }
        }
    }

    private Task<MessageCompletedEvent?> Arm()
    {
        lock (_gate)
        {
            _nextPrompt = new TaskCompletionSource<MessageCompletedEvent?>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _nextPrompt.Task;
        }
    }
}
