using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using MockInterviewer.Cli.Terminal;
using MockInterviewer.Cli.Texts;
using MockInterviewer.Cli.Transcript;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Cli.Session;

/// <summary>
/// One interview from start to report, with the console kept outside: hub events are applied one at a time in
/// the order they came, the candidate is read only when it is their turn, and a dropped connection is replaced
/// by a new one that rejoins the session with its resume token.
/// </summary>
public sealed class InterviewRunner(CliSettings settings, IServerConnector connector, ICandidateInput input, IInterviewScreen screen) : IAsyncDisposable
{
    private static readonly HashSet<string> KindsAwaitingAnswer = new(StringComparer.Ordinal) { "question", "follow-up", "hint" };

    private readonly Labels _labels = Labels.For(settings.Language);
    private readonly TranscriptView _view = new(screen);
    private readonly Channel<Action> _events = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TurnSignal _turn = new();
    private readonly TaskCompletionSource<ReportDto> _report = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<HubConnection> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _connection;
    private StartSessionResult? _session;
    private volatile bool _leaving;

    /// <summary>The session once started: its id and resume token.</summary>
    public StartSessionResult? Session => _session;

    /// <returns>0 once the report is shown, 1 when the interview could not go on (the reason shown on one line).</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!await TryStartAsync(cancellationToken))
        {
            return 1;
        }

        var pump = PumpAsync(cancellationToken);
        var reader = new AnswerReader(input, () => screen.Refused(_labels.Text("unknown-command")));
        try
        {
            while (await TakeTurnAsync(reader, cancellationToken))
            {
            }

            screen.Report(await _report.Task.WaitAsync(cancellationToken));
            return 0;
        }
        catch (ConnectionLostException)
        {
            screen.Refused(_labels.Text("error.lost"));
            return 1;
        }
        finally
        {
            _events.Writer.TryComplete();
            await pump;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _leaving = true;
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<bool> TryStartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await ConnectAsync(cancellationToken);
            _session = await connection.InvokeAsync<StartSessionResult>(InterviewHubRoutes.StartSession,
                new StartSessionRequest(settings.Mode, settings.Track, settings.Language, settings.Questions, settings.TimeLimitMinutes, settings.Feedback),
                cancellationToken);
            screen.Status(_labels.Text(IntroKey(_session.TotalQuestions), ("total", _session.TotalQuestions)));
            _connected.TrySetResult(connection);
            return true;
        }
        catch (HubException refusal)
        {
            screen.Refused(RefusalText.Of(refusal, _labels));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TimeoutException or System.Net.WebSockets.WebSocketException)
        {
            screen.Refused(_labels.Text("error.unreachable", ("server", settings.Server)));
        }

        return false;
    }

    /// <returns>False once the interview is over.</returns>
    private async Task<bool> TakeTurnAsync(AnswerReader reader, CancellationToken cancellationToken)
    {
        if (await Task.WhenAny(_turn.WaitAsync(), _report.Task).WaitAsync(cancellationToken) == _report.Task)
        {
            return false;
        }

        screen.YourTurn();
        var read = reader.ReadAsync(cancellationToken);
        if (await Task.WhenAny(read, _report.Task).WaitAsync(cancellationToken) == _report.Task)
        {
            return false;
        }

        var action = await read;
        _turn.Reset();
        try
        {
            await ActAsync(action, cancellationToken);
        }
        catch (HubException refusal)
        {
            screen.Refused(RefusalText.Of(refusal, _labels));
            _turn.Set();
        }

        return true;
    }

    private async Task ActAsync(CandidateAction action, CancellationToken cancellationToken)
    {
        var sessionId = _session!.SessionId;
        switch (action)
        {
            case CandidateAction.Answer answer:
                // An id of our own makes the resend after a drop safe: the server stores an answer once per id.
                var clientMessageId = Guid.NewGuid().ToString("N");
                await ResendWhileUnsavedAsync(() => WithConnectionAsync(
                    c => c.InvokeAsync(InterviewHubRoutes.SubmitAnswerWithId, sessionId, answer.Text, clientMessageId, cancellationToken),
                    resendAfterDrop: true, cancellationToken), cancellationToken);
                break;
            case CandidateAction.Hint:
                await WithConnectionAsync(c => c.InvokeAsync(InterviewHubRoutes.RequestHint, sessionId, cancellationToken), resendAfterDrop: false, cancellationToken);
                break;
            case CandidateAction.Skip:
                await WithConnectionAsync(c => c.InvokeAsync(InterviewHubRoutes.SkipQuestion, sessionId, cancellationToken), resendAfterDrop: false, cancellationToken);
                break;
            case CandidateAction.EndInterview:
                await WithConnectionAsync(c => c.InvokeAsync(InterviewHubRoutes.EndSession, sessionId, cancellationToken), resendAfterDrop: true, cancellationToken);
                break;
        }
    }

    // Under the same id, so an answer the server did store before it failed is not stored twice.
    private async Task ResendWhileUnsavedAsync(Func<Task> send, CancellationToken cancellationToken)
    {
        foreach (var delay in settings.SaveRetryDelays)
        {
            try
            {
                await send();
                return;
            }
            catch (HubException refusal) when (RefusalText.CodeOf(refusal) == "storage-unavailable")
            {
                screen.Status(_labels.Text("saving-retry", ("seconds", delay.TotalSeconds)));
                await Task.Delay(delay, cancellationToken);
            }
        }

        await send();
    }

    private async Task WithConnectionAsync(Func<HubConnection, Task> call, bool resendAfterDrop, CancellationToken cancellationToken)
    {
        while (true)
        {
            var connection = await _connected.Task.WaitAsync(cancellationToken);
            try
            {
                await call(connection);
                return;
            }
            catch (Exception e) when (e is not HubException && !cancellationToken.IsCancellationRequested)
            {
                if (!resendAfterDrop)
                {
                    // A hint or skip may have reached the server before the drop; the rejoin tells whose turn it is.
                    return;
                }
            }
        }
    }

    private async Task<HubConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = connector.CreateHubConnection();
        connection.On<MessageDeltaEvent>(nameof(IInterviewClient.MessageDelta), e => Enqueue(() => _view.Delta(e)));
        connection.On<MessageResetEvent>(nameof(IInterviewClient.MessageReset), e => Enqueue(() => _view.Reset(e)));
        connection.On<MessageCompletedEvent>(nameof(IInterviewClient.MessageCompleted), e => Enqueue(() =>
        {
            _view.Completed(e);
            if (AwaitsAnswer(e.Kind))
            {
                _turn.Set();
            }
        }));
        connection.On<AnswerAssessedEvent>(nameof(IInterviewClient.AnswerAssessed), e => Enqueue(() => _view.Assessed(e.Assessment)));
        connection.On<SessionCompletedEvent>(nameof(IInterviewClient.SessionCompleted), e => Enqueue(() => _report.TrySetResult(e.Report)));
        connection.On<SessionErrorEvent>(nameof(IInterviewClient.SessionError), e => Enqueue(() =>
            screen.Refused(_labels.Has("error." + e.Code) ? _labels.Text("error." + e.Code) : e.Message)));
        connection.Closed += _ => OnClosedAsync(connection);
        _connection = connection;
        try
        {
            await connection.StartAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private Task OnClosedAsync(HubConnection closed)
    {
        // A connection that closes while another attempt is under way, or before the session started, is not a drop to resume.
        if (_leaving || _report.Task.IsCompleted || closed != _connection || !_connected.Task.IsCompletedSuccessfully)
        {
            return Task.CompletedTask;
        }

        _connected = new TaskCompletionSource<HubConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(() =>
        {
            _view.ConnectionLost();
            screen.Status(_labels.Text("reconnecting"));
        });
        _ = Task.Run(ResumeAsync);
        return Task.CompletedTask;
    }

    private async Task ResumeAsync()
    {
        foreach (var delay in settings.ResumeDelays)
        {
            await Task.Delay(delay);
            if (_leaving)
            {
                return;
            }

            HubConnection? connection = null;
            try
            {
                using var attempt = new CancellationTokenSource(settings.AttemptTimeout);
                connection = await ConnectAsync(attempt.Token);
                var joined = await connection.InvokeAsync<JoinSessionResult>(InterviewHubRoutes.JoinSession, _session!.SessionId, _session.ResumeToken, attempt.Token);
                var report = joined.Status == "completed" ? await FetchReportAsync(attempt.Token) : null;
                Enqueue(() => Rejoined(joined, report));
                _connected.TrySetResult(connection);
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Not back yet: the next attempt comes after a longer pause.
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
            }
        }

        _connected.TrySetException(new ConnectionLostException());
        _report.TrySetException(new ConnectionLostException());
    }

    private void Rejoined(JoinSessionResult joined, ReportDto? report)
    {
        screen.Status(_labels.Text("reconnected"));
        _view.Rejoined(joined);
        if (report is not null)
        {
            _report.TrySetResult(report);
        }
        else if (joined.Transcript.Count > 0 && joined.Transcript[^1] is { Role: "interviewer" } last && AwaitsAnswer(last.Kind))
        {
            _turn.Set();
        }
    }

    private async Task<ReportDto> FetchReportAsync(CancellationToken cancellationToken)
    {
        using var http = connector.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/sessions/{Uri.EscapeDataString(_session!.SessionId)}/report");
        request.Headers.Add("X-Resume-Token", _session.ResumeToken);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ReportDto>(JsonSerializerOptions.Web, cancellationToken) ?? throw new InvalidDataException("The report was empty.");
    }

    private string IntroKey(int totalQuestions) =>
        settings.Mode == "self-intro" ? "intro.self-intro" : totalQuestions == 1 ? "intro.one" : "intro";

    // A self-introduction's feedback asks for the next version of it; elsewhere feedback leads on to the next question.
    private bool AwaitsAnswer(string kind) =>
        KindsAwaitingAnswer.Contains(kind) || (kind == "feedback" && settings.Mode == "self-intro");

    private void Enqueue(Action apply) => _events.Writer.TryWrite(apply);

    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var apply in _events.Reader.ReadAllAsync(cancellationToken))
            {
                apply();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The candidate stopped the client.
        }
    }

    private sealed class ConnectionLostException() : Exception("The connection could not be restored.");
}
