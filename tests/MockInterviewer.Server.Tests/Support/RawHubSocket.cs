using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using MockInterviewer.Contracts.Hub;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>
/// The hub over a bare WebSocket, frame by frame, as a hostile or broken client might speak it: no SignalR client to
/// keep the JSON well formed or the text valid UTF-8.
/// </summary>
public sealed class RawHubSocket : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1E;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly WebSocket _socket;
    private readonly Queue<JsonElement> _received = new();

    private RawHubSocket(WebSocket socket) => _socket = socket;

    public static async Task<RawHubSocket> ConnectAsync(WebApplicationFactory<Program> factory)
    {
        var uri = new UriBuilder(factory.Server.BaseAddress) { Scheme = "ws", Path = InterviewHubRoutes.Path }.Uri;
        var socket = await factory.Server.CreateWebSocketClient().ConnectAsync(uri, CancellationToken.None);
        var raw = new RawHubSocket(socket);
        await raw.SendAsync("""{"protocol":"json","version":1}""");
        var handshake = await raw.NextAsync();
        Assert.False(handshake.TryGetProperty("error", out _), handshake.ToString());
        return raw;
    }

    public Task SendAsync(string frame) => SendAsync(Encoding.UTF8.GetBytes(frame));

    /// <summary>Sends the bytes as one frame, followed by the record separator.</summary>
    public async Task SendAsync(byte[] frame)
    {
        await _socket.SendAsync(frame.Append(RecordSeparator).ToArray(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
    }

    /// <summary>Calls a method with well-formed JSON and returns the completion for it.</summary>
    public async Task<JsonElement> InvokeAsync(string invocationId, string target, params object?[] arguments)
    {
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId, target, arguments }, JsonSerializerOptions.Web));
        return await CompletionAsync(invocationId);
    }

    /// <summary>The completion (type 3) for the invocation, skipping events and pings meanwhile.</summary>
    public async Task<JsonElement> CompletionAsync(string invocationId)
    {
        while (true)
        {
            var message = await NextAsync();
            if (message.GetProperty("type").GetInt32() == 3 && message.GetProperty("invocationId").GetString() == invocationId)
            {
                return message;
            }

            Assert.NotEqual(7, message.GetProperty("type").GetInt32());
        }
    }

    /// <summary>The next message of any type (1 invocation, 3 completion, 6 ping, 7 close); null once the socket closed.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (_received.Count == 0)
        {
            var buffer = new byte[64 * 1024];
            var frame = new List<byte>();
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer, timeout.Token);
                frame.AddRange(buffer.Take(result.Count));
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return JsonDocument.Parse("""{"type":0,"closedSocket":true}""").RootElement;
            }

            foreach (var record in SplitRecords(frame))
            {
                _received.Enqueue(JsonDocument.Parse(record).RootElement.Clone());
            }
        }

        return _received.Dequeue();
    }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Answering the server's close too: a socket left half closed holds the test server's shutdown.
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is IOException or WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            _socket.Abort();
        }

        _socket.Dispose();
    }

    private static IEnumerable<byte[]> SplitRecords(List<byte> frame)
    {
        var start = 0;
        for (var i = 0; i < frame.Count; i++)
        {
            if (frame[i] == RecordSeparator)
            {
                yield return frame.GetRange(start, i - start).ToArray();
                start = i + 1;
            }
        }
    }
}
