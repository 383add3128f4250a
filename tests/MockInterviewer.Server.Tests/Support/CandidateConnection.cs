using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>A candidate's SignalR connection to the in-memory server, recording every event it hears.</summary>
public sealed class CandidateConnection : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly HubConnection _connection;

    // Deltas and resets in the order they came, to tell which pieces a reset took back.
    private readonly ConcurrentQueue<object> _pieces = new();

    private CandidateConnection(HubConnection connection)
    {
        _connection = connection;
        _connection.On<MessageDeltaEvent>(nameof(IInterviewClient.MessageDelta), e =>
        {
            Deltas.Enqueue(e);
            _pieces.Enqueue(e);
        });
        _connection.On<MessageResetEvent>(nameof(IInterviewClient.MessageReset), e =>
        {
            Resets.Enqueue(e);
            _pieces.Enqueue(e);
        });
        _connection.On<MessageCompletedEvent>(nameof(IInterviewClient.MessageCompleted), e => Completed.Enqueue(e));
        _connection.On<AnswerAssessedEvent>(nameof(IInterviewClient.AnswerAssessed), e => Assessed.Enqueue(e));
        _connection.On<SessionCompletedEvent>(nameof(IInterviewClient.SessionCompleted), e => Finished.Enqueue(e));
        _connection.On<SessionErrorEvent>(nameof(IInterviewClient.SessionError), e => Errors.Enqueue(e));
    }

    public ConcurrentQueue<MessageDeltaEvent> Deltas { get; } = new();
    public ConcurrentQueue<MessageResetEvent> Resets { get; } = new();
    public ConcurrentQueue<MessageCompletedEvent> Completed { get; } = new();
    public ConcurrentQueue<AnswerAssessedEvent> Assessed { get; } = new();
    public ConcurrentQueue<SessionCompletedEvent> Finished { get; } = new();
    public ConcurrentQueue<SessionErrorEvent> Errors { get; } = new();

    /// <param name="cookie">A signed-in account's Cookie header; null for a guest.</param>
    public static async Task<CandidateConnection> ConnectAsync(WebApplicationFactory<Program> factory, string? cookie = null)
    {
        var server = factory.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, InterviewHubRoutes.Path), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.CreateHandler();
                if (cookie is not null)
                {
                    options.Headers["Cookie"] = cookie;
                }
            })
            .WithStatefulReconnect()
            .Build();
        await connection.StartAsync();
        return new CandidateConnection(connection);
    }

    /// <summary>Over a WebSocket to a server on a real port, as a browser connects.</summary>
    public static async Task<CandidateConnection> ConnectAsync(string baseUrl)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(baseUrl), InterviewHubRoutes.Path), options => options.Transports = HttpTransportType.WebSockets)
            .WithStatefulReconnect()
            .Build();
        await connection.StartAsync();
        return new CandidateConnection(connection);
    }

    public Task<StartSessionResult> StartAsync(string mode, string language, string? track = null, int? questionCount = null, string feedback = "after-each", int? timeLimitMinutes = null) =>
        _connection.InvokeAsync<StartSessionResult>(InterviewHubRoutes.StartSession,
            new StartSessionRequest(mode, track, language, questionCount, timeLimitMinutes, feedback));

    public Task<StartSessionResult> StartAsync(StartSessionRequest request) =>
        _connection.InvokeAsync<StartSessionResult>(InterviewHubRoutes.StartSession, request);

    public Task<JoinSessionResult> JoinAsync(string sessionId, string token) =>
        _connection.InvokeAsync<JoinSessionResult>(InterviewHubRoutes.JoinSession, sessionId, token);

    public Task AnswerAsync(string sessionId, string text) => _connection.InvokeAsync(InterviewHubRoutes.SubmitAnswer, sessionId, text);

    public Task AnswerAsync(string sessionId, string text, string clientMessageId) =>
        _connection.InvokeAsync(InterviewHubRoutes.SubmitAnswerWithId, sessionId, text, clientMessageId);

    /// <summary>Any call, with any arguments, as a careless or hostile client might make it.</summary>
    public Task InvokeAsync(string method, params object?[] arguments) => _connection.InvokeCoreAsync(method, arguments);

    /// <summary>A message's text as a page shows it: the deltas since its last <c>MessageReset</c>.</summary>
    public string ShownText(string messageId)
    {
        var text = new System.Text.StringBuilder();
        foreach (var piece in _pieces)
        {
            if (piece is MessageResetEvent reset && reset.MessageId == messageId)
            {
                text.Clear();
            }
            else if (piece is MessageDeltaEvent delta && delta.MessageId == messageId)
            {
                text.Append(delta.Text);
            }
        }

        return text.ToString();
    }

    public bool IsConnected => _connection.State == HubConnectionState.Connected;

    public Task HintAsync(string sessionId) => _connection.InvokeAsync(InterviewHubRoutes.RequestHint, sessionId);

    public Task SkipAsync(string sessionId) => _connection.InvokeAsync(InterviewHubRoutes.SkipQuestion, sessionId);

    public Task EndAsync(string sessionId) => _connection.InvokeAsync(InterviewHubRoutes.EndSession, sessionId);

    /// <summary>Waits for the next completed interviewer message after the first <paramref name="seen"/> ones.</summary>
    public async Task<MessageCompletedEvent> NextMessageAsync(int seen)
    {
        await WaitUntilAsync(() => Completed.Count > seen);
        return Completed.ElementAt(seen);
    }

    public async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The server did not send the expected events in time.");
            }

            await Task.Delay(20);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
