using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// An OpenAI-style model on loopback that streams a set number of tokens at a set rate. Every token is numbered
/// ("[t123] ") and its send time kept, so whoever receives it (the server's candidates, or a direct reader) can
/// tell how long it travelled and whether any went missing or came out of order. Streams wait at a gate until
/// <see cref="Release"/>, so that all sessions stream at once however long they took to start; each then sends
/// its first token at its own offset (<see cref="Phases"/>) and the rest on its own clock.
/// </summary>
public sealed class PacedModel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, long> _sentAt = new();
    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextToken;
    private long _streams;
    private int _waiting;

    private PacedModel(WebApplication app, Uri baseUrl, int tokens, int rate, int? spreadSeed)
    {
        _app = app;
        BaseUrl = baseUrl;
        Tokens = tokens;
        Interval = TimeSpan.FromSeconds(1.0 / rate);
        Phases = spreadSeed is { } seed ? StreamPhases.Spread(Interval, seed) : StreamPhases.Aligned;
    }

    /// <summary>The `/v1` base, as `Llm:Endpoint` takes it.</summary>
    public Uri BaseUrl { get; }

    public int Tokens { get; }

    public TimeSpan Interval { get; }

    public StreamPhases Phases { get; }

    /// <summary>Streams asked for and waiting at the gate.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <param name="spreadSeed">Null: every stream on one clock (<see cref="StreamPhases.Aligned"/>); else each its own offset, drawn from this seed.</param>
    public static async Task<PacedModel> StartAsync(int tokens, int rate, int? spreadSeed)
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var model = new PacedModel(app, new Uri($"http://127.0.0.1:{port}/v1/"), tokens, rate, spreadSeed);
        app.MapPost("/v1/chat/completions", model.AnswerAsync);
        await app.StartAsync();
        return model;
    }

    public void Release() => Volatile.Read(ref _released).TrySetResult();

    /// <summary>
    /// Closes the gate again after a <see cref="Release"/>: streams asked for from now on wait for the next, and take
    /// their phases from the first again (so the measured streams have the same offsets as a direct read's).
    /// </summary>
    public void Hold()
    {
        if (Volatile.Read(ref _released).Task.IsCompleted)
        {
            Interlocked.Exchange(ref _streams, 0);
            Volatile.Write(ref _released, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    /// <summary>When the numbered token was sent, as a <see cref="Stopwatch"/> timestamp.</summary>
    public bool TrySentAt(long token, out long timestamp) => _sentAt.TryGetValue(token, out timestamp);

    /// <summary>Token numbers in a received piece of text, in the order they appear.</summary>
    public static IEnumerable<long> TokensIn(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("[t", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf(']', at);
            if (end < 0)
            {
                yield break;
            }

            if (long.TryParse(text.AsSpan(at + 2, end - at - 2), out var token))
            {
                yield return token;
            }

            at = end;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        if (!body.RootElement.TryGetProperty("stream", out var stream) || !stream.GetBoolean())
        {
            // Grading and summaries are not timed here: an empty object, which the server takes as unusable and grades offline.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(OpenAiWire.Completion("{}"), context.RequestAborted);
            return;
        }

        Interlocked.Increment(ref _waiting);
        await Volatile.Read(ref _released).Task.WaitAsync(context.RequestAborted);
        Interlocked.Decrement(ref _waiting);
        var offset = Phases.OffsetOf(Interlocked.Increment(ref _streams) - 1);
        if (offset > TimeSpan.Zero)
        {
            await Task.Delay(offset, context.RequestAborted);
        }

        context.Response.ContentType = "text/event-stream";
        var output = context.Response.Body;
        var writer = context.Response.BodyWriter;
        using var pace = new PeriodicTimer(Interval);
        for (var i = 0; i < Tokens; i++)
        {
            var token = Interlocked.Increment(ref _nextToken);
            TokenEvent.Write(writer, token);
            _sentAt[token] = Stopwatch.GetTimestamp();
            await writer.FlushAsync(context.RequestAborted);
            await pace.WaitForNextTickAsync(context.RequestAborted);
        }

        await output.WriteAsync(Event(OpenAiWire.Chunk(new { }, finish: "stop", usage: null)), context.RequestAborted);
        await output.WriteAsync(Event(OpenAiWire.Chunk(null, finish: null, usage: OpenAiWire.Usage())), context.RequestAborted);
        await output.WriteAsync(Event("[DONE]"), context.RequestAborted);
    }

    private static byte[] Event(string data) => Encoding.UTF8.GetBytes($"data: {data}\n\n");
}
