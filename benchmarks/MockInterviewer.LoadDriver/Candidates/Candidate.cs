using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.LoadDriver.Candidates;

/// <summary>
/// One candidate's hub connection, opened as the page opens it (WebSockets, stateful reconnect). It times
/// what it hears with <see cref="Stopwatch.GetTimestamp"/> and checks every message: its deltas, taken
/// since its last reset, must add up to the text of its MessageCompleted.
/// </summary>
public sealed class Candidate : IAsyncDisposable
{
    private static readonly HashSet<string> Prompts = new(StringComparer.Ordinal) { "question", "follow-up", "hint" };

    private readonly HubConnection _connection;
    private readonly Dictionary<string, StringBuilder> _pieces = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private TaskCompletionSource<long>? _firstDelta;
    private TaskCompletionSource<MessageCompletedEvent?>? _nextPrompt;

    private Candidate(HubConnection connection, Action<MessageDeltaEvent, long>? onDelta)
    {
        _connection = connection;
        _connection.On<MessageDeltaEvent>(nameof(IInterviewClient.MessageDelta), e =>
        {
            var at = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                (_pieces.TryGetValue(e.MessageId, out var text) ? text : _pieces[e.MessageId] = new StringBuilder()).Append(e.Text);
                _firstDelta?.TrySetResult(at);
            }

            onDelta?.Invoke(e, at);
        });
        _connection.On<MessageResetEvent>(nameof(IInterviewClient.MessageReset), e =>
        {
            lock (_gate)
            {
                _pieces.Remove(e.MessageId);
                Resets++;
            }
        });
        _connection.On<MessageCompletedEvent>(nameof(IInterviewClient.MessageCompleted), e =>
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
        });
        _connection.On<SessionCompletedEvent>(nameof(IInterviewClient.SessionCompleted), _ =>
        {
            lock (_gate)
            {
                _nextPrompt?.TrySetResult(null);
            }
        });
        _connection.On<SessionErrorEvent>(nameof(IInterviewClient.SessionError), e =>
        {
            lock (_gate)
            {
                Errors.Add(e.Code);
                _nextPrompt?.TrySetException(new InvalidOperationException($"session error {e.Code}"));
            }
        });
    }

    public string? SessionId { get; private set; }

    public int Messages { get; private set; }

    /// <summary>Messages whose deltas did not add up to their completed text: a piece lost, doubled or out of order.</summary>
    public int BrokenMessages { get; private set; }

    public int Resets { get; private set; }

    public List<string> Errors { get; } = [];

    /// <param name="onDelta">Called on every delta with its arrival timestamp, on the connection's receive loop.</param>
    public static async Task<Candidate> ConnectAsync(Uri server, Action<MessageDeltaEvent, long>? onDelta = null, CancellationToken cancellationToken = default)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, InterviewHubRoutes.Path))
            .WithStatefulReconnect()
            .Build();
        connection.ServerTimeout = TimeSpan.FromSeconds(120);
        var candidate = new Candidate(connection, onDelta);
        await connection.StartAsync(cancellationToken);
        return candidate;
    }

    /// <summary>Starts an interview and waits for its first question.</summary>
    public async Task StartAsync(string language, int questions, CancellationToken cancellationToken)
    {
        var prompt = Arm();
        var started = await _connection.InvokeAsync<StartSessionResult>(InterviewHubRoutes.StartSession,
            new StartSessionRequest("interview", "ml-junior", language, questions, null, "after-each"), cancellationToken);
        SessionId = started.SessionId;
        await prompt.WaitAsync(cancellationToken);
    }

    /// <summary>Starts an interview without waiting for anything said.</summary>
    public async Task StartOnlyAsync(string language, int questions, CancellationToken cancellationToken)
    {
        var started = await _connection.InvokeAsync<StartSessionResult>(InterviewHubRoutes.StartSession,
            new StartSessionRequest("interview", "ml-junior", language, questions, null, "after-each"), cancellationToken);
        SessionId = started.SessionId;
    }

    /// <summary>Skips the question asked, without waiting for the next.</summary>
    public Task SkipAsync(CancellationToken cancellationToken) =>
        _connection.InvokeAsync(InterviewHubRoutes.SkipQuestion, SessionId, cancellationToken);

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
        await _connection.InvokeAsync(InterviewHubRoutes.SubmitAnswerWithId, SessionId, text, Guid.NewGuid().ToString("N"), cancellationToken);
        var heard = await firstDelta.Task.WaitAsync(cancellationToken);
        var next = await prompt.WaitAsync(cancellationToken);
        return (Stopwatch.GetElapsedTime(sent, heard), next);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private Task<MessageCompletedEvent?> Arm()
    {
        lock (_gate)
        {
            _nextPrompt = new TaskCompletionSource<MessageCompletedEvent?>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _nextPrompt.Task;
        }
    }
}
