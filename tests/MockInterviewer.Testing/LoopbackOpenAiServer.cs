using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace MockInterviewer.Testing;

/// <summary>
/// A server of our own on 127.0.0.1 that speaks the OpenAI chat completions wire format (also under Azure's
/// deployment paths): JSON replies, SSE streams with a usage chunk, error statuses with Retry-After, and
/// streams cut midway, stalls. Each request takes the next queued reply, or, when none is queued, the reply of
/// <see cref="Responder"/> (a 500 without one), and is recorded. <see cref="Stop"/> and <see cref="Start"/> take
/// it away and bring it back on the same port, as a model server that goes down and comes back.
/// </summary>
public sealed class LoopbackOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<LoopbackReply> _replies = new();
    private Task _serving = Task.CompletedTask;
    private TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LoopbackOpenAiServer()
    {
        var port = LoopbackPort.Free();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        Start();
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers the requests no queued reply is left for; set it to script a whole interview by what each request asks.</summary>
    public Func<RecordedRequest, LoopbackReply>? Responder { get; set; }

    public LoopbackOpenAiServer Reply(LoopbackReply reply)
    {
        _replies.Enqueue(reply);
        return this;
    }

    public LoopbackOpenAiServer Json(string content) => Reply(LoopbackReply.Json(content));

    public LoopbackOpenAiServer Stream(params string[] pieces) => Reply(LoopbackReply.Stream(pieces));

    /// <summary>Sends these pieces, then drops the connection without finishing the stream.</summary>
    public LoopbackOpenAiServer CutStream(params string[] pieces) => Reply(LoopbackReply.CutStream(pieces));

    public LoopbackOpenAiServer Status(int status, int? retryAfterSeconds = null) => Reply(LoopbackReply.Status(status, retryAfterSeconds));

    /// <summary>Sends the headers and these pieces, then nothing until the client gives up or the server stops.</summary>
    public LoopbackOpenAiServer Stall(params string[] pieces) => Reply(LoopbackReply.Stall(pieces));

    /// <summary>
    /// Waits a few seconds at most until this many requests have arrived: a client that gave up on a try may
    /// have sent the next before the server has read it.
    /// </summary>
    public async Task<int> RequestCountAfterAsync(int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (Requests.Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20).ConfigureAwait(false);
        }

        return Requests.Count;
    }

    /// <summary>Listens (again, after <see cref="StopAsync"/>) on the same port.</summary>
    public void Start()
    {
        _stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Refuses connections from now on, and drops the replies still under way (stalls included).</summary>
    public async Task StopAsync()
    {
        _listener.Stop();
        _stopped.TrySetResult();
        await _serving.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Each request on its own, so one slow reply does not hold up the others.
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        var request = new RecordedRequest(context.Request.Url!.PathAndQuery, context.Request.Headers.ToString() ?? "", body);
        Requests.Enqueue(request);
        var response = context.Response;
        if (!_replies.TryDequeue(out var reply))
        {
            reply = Responder?.Invoke(request) ?? LoopbackReply.Status(500);
        }

        try
        {
            if (reply.StatusCode != 200)
            {
                response.StatusCode = reply.StatusCode;
                if (reply.RetryAfter is { } seconds)
                {
                    response.Headers["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await WriteAsync(response, "application/json", """{"error":{"message":"scripted failure","type":"server_error"}}""").ConfigureAwait(false);
            }
            else if (reply.Stalls)
            {
                await StallAsync(response, reply.Pieces ?? []).ConfigureAwait(false);
            }
            else if (reply.Pieces is { } pieces)
            {
                await StreamAsync(response, pieces, reply.Cut, reply.PieceEvery).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(response, "application/json", OpenAiWire.Completion(reply.Content ?? "")).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away mid-reply.
        }
    }

    private static async Task StreamAsync(HttpListenerResponse response, string[] pieces, bool cut, TimeSpan pieceEvery)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var output = response.OutputStream;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0 && pieceEvery > TimeSpan.Zero)
            {
                await Task.Delay(pieceEvery).ConfigureAwait(false);
            }

            var piece = pieces[i];
            await Event(output, OpenAiWire.Chunk(new { content = piece }, finish: null, usage: null)).ConfigureAwait(false);
        }

        if (cut)
        {
            response.Abort();
            return;
        }

        await Event(output, OpenAiWire.Chunk(new { }, finish: "stop", usage: null)).ConfigureAwait(false);
        await Event(output, OpenAiWire.Chunk(null, finish: null, usage: OpenAiWire.Usage())).ConfigureAwait(false);
        await Event(output, "[DONE]").ConfigureAwait(false);
        response.Close();
    }

    private async Task StallAsync(HttpListenerResponse response, string[] pieces)
    {
        var stopped = _stopped.Task;
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var output = response.OutputStream;

        // An SSE comment: it sends the headers and gives the client nothing to read.
        await output.WriteAsync(": stalled\n\n"u8.ToArray()).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        foreach (var piece in pieces)
        {
            await Event(output, OpenAiWire.Chunk(new { content = piece }, finish: null, usage: null)).ConfigureAwait(false);
        }

        await stopped.ConfigureAwait(false);
        response.Abort();
    }

    private static async Task Event(Stream output, string data)
    {
        var bytes = Encoding.UTF8.GetBytes($"data: {data}\n\n");
        await output.WriteAsync(bytes).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpListenerResponse response, string contentType, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        response.Close();
    }


}
