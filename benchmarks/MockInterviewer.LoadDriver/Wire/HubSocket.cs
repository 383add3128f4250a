using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MockInterviewer.LoadDriver.Wire;

/// <summary>
/// One client of the hub, speaking what the page's SignalR client speaks (negotiate, a WebSocket, the JSON hub protocol
/// version 2 with stateful reconnect, its acknowledgements and pings) on a plain socket read by a <see cref="SocketLoop"/>.
/// It does not reconnect: a benchmark counts a dropped connection as a failure.
/// </summary>
internal sealed class HubSocket : SocketConnection, IDisposable
{
    private const byte RecordSeparator = 0x1E;
    private const int InvocationMessage = 1;
    private const int CompletionMessage = 3;
    private const int LastCountedMessage = 5;
    private const int CloseMessage = 7;

    private static readonly byte[] Handshake = Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":2}\u001e");
    private static readonly byte[] PingRecord = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly HubWire _wire;
    private readonly IHubListener _listener;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _handshaken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ArrayBufferWriter<byte> _fragments = new();
    private long _nextInvocation;
    private long _received;
    private long _acknowledged;

    private HubSocket(Socket socket, HubWire wire, IHubListener listener)
        : base(socket, wire.Loop)
    {
        _wire = wire;
        _listener = listener;
    }

    public static async Task<HubSocket> ConnectAsync(HubWire wire, Uri hub, IHubListener listener, CancellationToken cancellationToken)
    {
        var token = await wire.NegotiateAsync(hub, cancellationToken);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        HubSocket? connection = null;
        try
        {
            // Synchronous on purpose: an asynchronous call would hand the socket to the runtime's own epoll thread as well.
            socket.Connect(new IPEndPoint(IPAddress.Parse(hub.Host), hub.Port));
            var leftover = Upgrade(socket, hub, token);
            connection = new HubSocket(socket, wire, listener);
            connection.StartReading(leftover);
            connection.SendFrame(Handshake);
            await connection._handshaken.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            wire.Add(connection);
            return connection;
        }
        catch
        {
            if (connection is null)
            {
                socket.Dispose();
            }
            else
            {
                connection.Dispose();
            }

            throw;
        }
    }

    /// <summary>Calls a hub method and returns its result (an undefined element for one that returns nothing).</summary>
    public Task<JsonElement> InvokeAsync(string target, object?[] arguments, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextInvocation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = result;
        var record = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(record))
        {
            json.WriteStartObject();
            json.WriteNumber("type", InvocationMessage);
            json.WriteString("invocationId", id);
            json.WriteString("target", target);
            json.WriteStartArray("arguments");
            foreach (var argument in arguments)
            {
                JsonSerializer.Serialize(json, argument, argument?.GetType() ?? typeof(object), HubWire.Json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        record.Write([RecordSeparator]);
        try
        {
            SendFrame(record.WrittenSpan);
        }
        catch (Exception e)
        {
            _pending.TryRemove(id, out _);
            result.TrySetException(e);
        }

        return result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Acknowledges what arrived since the last acknowledgement, as the SignalR client does about once a second.</summary>
    public void Acknowledge()
    {
        var received = Volatile.Read(ref _received);
        if (received != _acknowledged && !IsClosed)
        {
            _acknowledged = received;
            TrySendRecord(Encoding.UTF8.GetBytes($"{{\"type\":8,\"sequenceId\":{received}}}\u001e"));
        }
    }

    /// <summary>Tells the hub the client is still there (its timeout is 30 s of silence).</summary>
    public void Ping() => TrySendRecord(PingRecord);

    public void Dispose()
    {
        if (!IsClosed)
        {
            TrySendFrame(WebSocketFrames.Close, [0x03, 0xE8]);
        }

        Close(new ObjectDisposedException(nameof(HubSocket)));
    }

    private static byte[] Upgrade(Socket socket, Uri hub, string token)
    {
        var key = Convert.ToBase64String(Guid.NewGuid().ToByteArray());
        var request = $"GET {hub.AbsolutePath}?id={Uri.EscapeDataString(token)} HTTP/1.1\r\nHost: {hub.Authority}\r\n"
            + $"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        socket.Send(Encoding.ASCII.GetBytes(request));
        var response = new byte[4096];
        var filled = 0;
        int end;
        while ((end = response.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
        {
            var read = socket.Receive(response.AsSpan(filled));
            if (read == 0 || filled + read == response.Length)
            {
                throw new IOException("The hub did not upgrade the connection to a WebSocket.");
            }

            filled += read;
        }

        var head = Encoding.ASCII.GetString(response, 0, end);
        if (!head.StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            throw new IOException($"The hub refused the WebSocket: {head.Split("\r\n")[0]}");
        }

        return response[(end + 4)..filled];
    }

    protected override int Received(ReadOnlySpan<byte> pending, long receivedAt)
    {
        var start = 0;
        while (!IsClosed && WebSocketFrames.TryRead(pending[start..], out var opcode, out var final, out var payloadStart, out var size))
        {
            var payload = pending.Slice(start + payloadStart, size - payloadStart);
            switch (opcode)
            {
                case WebSocketFrames.Text or WebSocketFrames.Binary or WebSocketFrames.Continuation when final && _fragments.WrittenCount == 0:
                    ReadRecords(payload, receivedAt);
                    break;
                case WebSocketFrames.Text or WebSocketFrames.Binary or WebSocketFrames.Continuation:
                    _fragments.Write(payload);
                    if (final)
                    {
                        ReadRecords(_fragments.WrittenSpan, receivedAt);
                        _fragments.ResetWrittenCount();
                    }

                    break;
                case WebSocketFrames.Ping:
                    TrySendFrame(WebSocketFrames.Pong, payload);
                    break;
                case WebSocketFrames.Close:
                    Close(new IOException("The hub closed the WebSocket."));
                    break;
            }

            start += size;
        }

        return start;
    }

    private void ReadRecords(ReadOnlySpan<byte> records, long at)
    {
        int end;
        while ((end = records.IndexOf(RecordSeparator)) >= 0)
        {
            ReadRecord(records[..end], at);
            records = records[(end + 1)..];
        }
    }

    private void ReadRecord(ReadOnlySpan<byte> record, long at)
    {
        if (!_handshaken.Task.IsCompleted)
        {
            if (record.IndexOf("\"error\""u8) < 0)
            {
                _handshaken.TrySetResult();
            }
            else
            {
                _handshaken.TrySetException(new IOException($"The hub refused the handshake: {Encoding.UTF8.GetString(record)}"));
            }

            return;
        }

        var json = new Utf8JsonReader(record);
        json.Read();
        var type = 0;
        string? target = null;
        string? invocationId = null;
        string? error = null;
        JsonElement result = default;
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueTextEquals("type"u8))
            {
                json.Read();
                type = json.GetInt32();
                if (type is >= InvocationMessage and <= LastCountedMessage)
                {
                    Interlocked.Increment(ref _received);
                }
            }
            else if (json.ValueTextEquals("target"u8))
            {
                json.Read();
                target = json.GetString();
            }
            else if (json.ValueTextEquals("invocationId"u8))
            {
                json.Read();
                invocationId = json.GetString();
            }
            else if (json.ValueTextEquals("arguments"u8) && type == InvocationMessage && target is not null)
            {
                json.Read();
                if (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    _listener.OnCall(target, ref json, at);
                }

                return;
            }
            else if (json.ValueTextEquals("result"u8))
            {
                json.Read();
                result = JsonElement.ParseValue(ref json);
            }
            else if (json.ValueTextEquals("error"u8))
            {
                json.Read();
                error = json.GetString();
            }
            else
            {
                json.Skip();
            }
        }

        if (type == CompletionMessage && invocationId is not null && _pending.TryRemove(invocationId, out var pending))
        {
            if (error is null)
            {
                pending.TrySetResult(result);
            }
            else
            {
                pending.TrySetException(new HubCallException(error));
            }
        }
        else if (type == CloseMessage)
        {
            Close(new IOException($"The hub closed the connection{(error is null ? "" : $": {error}")}."));
        }
    }

    private void TrySendRecord(ReadOnlySpan<byte> record) => TrySendFrame(WebSocketFrames.Text, record);

    private void TrySendFrame(byte opcode, ReadOnlySpan<byte> payload) => TrySend(WebSocketFrames.Masked(opcode, payload));

    private void SendFrame(ReadOnlySpan<byte> payload) => Send(WebSocketFrames.Masked(WebSocketFrames.Text, payload));

    protected override void OnClosed(Exception why)
    {
        _wire.Remove(this);
        _handshaken.TrySetException(why);
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var pending))
            {
                pending.TrySetException(why);
            }
        }
    }
}
