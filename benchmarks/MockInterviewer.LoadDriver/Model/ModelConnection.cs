using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MockInterviewer.LoadDriver.Wire;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// One connection to the paced model: reads HTTP/1.1 requests on the model's socket loop and answers each, a
/// non-streamed one at once, a streamed one through the <see cref="PacedModel"/>'s gate and pacer. Kept alive between
/// requests, as the server's HTTP client pools it; closed after the response when the request asked.
/// </summary>
internal sealed class ModelConnection : ISocketReader
{
    private static readonly byte[] Unusable = Response("200 OK", "application/json", OpenAiWire.Completion("{}"));
    private static readonly byte[] NotFound = Response("404 Not Found", "text/plain", "Only POST /v1/chat/completions is here.");
    private static readonly byte[] LengthRequired = Response("411 Length Required", "text/plain", "Send the body with a Content-Length.");

    private readonly Socket _socket;
    private readonly PacedModel _model;
    private readonly object _sendGate = new();
    private byte[] _buffer = new byte[8 * 1024];
    private int _filled;
    private ulong _watch;
    private bool _closeAfterResponse;
    private bool _closed;

    public ModelConnection(Socket socket, PacedModel model, SocketLoop loop)
    {
        _socket = socket;
        _model = model;
        Loop = loop;
        _watch = loop.Watch(socket, this);
    }

    private SocketLoop Loop { get; }

    public void OnReadable()
    {
        try
        {
            if (_filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = _socket.Receive(_buffer.AsSpan(_filled));
            if (read == 0)
            {
                Close();
                return;
            }

            _filled += read;
            while (TryTakeRequest()) {}
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or JsonException)
        {
            Close();
        }
    }

    /// <returns>False when the connection is gone (the server cancelled the stream).</returns>
    public bool TrySend(ReadOnlySpan<byte> bytes)
    {
        try
        {
            lock (_sendGate)
            {
                if (_closed)
                {
                    return false;
                }

                _socket.Send(bytes);
                return true;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Close();
            return false;
        }
    }

    /// <summary>The streamed response is complete.</summary>
    public void StreamEnded()
    {
        if (_closeAfterResponse)
        {
            Close();
        }
    }

    public void Close()
    {
        lock (_sendGate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
        }

        Loop.Forget(_watch, _socket);
        _socket.Dispose();
        _model.Closed(this);
    }

    private bool TryTakeRequest()
    {
        var headEnd = _buffer.AsSpan(0, _filled).IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            return false;
        }

        var head = Encoding.ASCII.GetString(_buffer, 0, headEnd);
        var lines = head.Split("\r\n");
        if (Header(lines, "Transfer-Encoding") is not null)
        {
            TrySend(LengthRequired);
            Close();
            return false;
        }

        var length = Header(lines, "Content-Length") is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var bodyStart = headEnd + 4;
        if (_filled < bodyStart + length)
        {
            return false;
        }

        _closeAfterResponse = string.Equals(Header(lines, "Connection"), "close", StringComparison.OrdinalIgnoreCase);
        var streamed = IsStreamed(_buffer.AsSpan(bodyStart, length));
        var known = lines[0].StartsWith("POST /v1/chat/completions ", StringComparison.Ordinal);
        _buffer.AsSpan(bodyStart + length, _filled - bodyStart - length).CopyTo(_buffer);
        _filled -= bodyStart + length;
        if (!known)
        {
            TrySend(NotFound);
        }
        else if (streamed)
        {
            _model.Open(new PacedStream(this, _model.Tokens, _model.IntervalTicks));
        }
        else
        {
            // Grading and summaries are not timed here: an empty object, which the server takes as unusable and grades offline.
            TrySend(Unusable);
        }

        if (_closeAfterResponse && !streamed)
        {
            Close();
        }

        return !_closed;
    }

    private static bool IsStreamed(ReadOnlySpan<byte> body)
    {
        var json = new Utf8JsonReader(body);
        while (json.Read())
        {
            if (json.TokenType == JsonTokenType.PropertyName && json.CurrentDepth == 1 && json.ValueTextEquals("stream"u8))
            {
                json.Read();
                return json.TokenType == JsonTokenType.True;
            }

            if (json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && json.CurrentDepth > 0)
            {
                json.Skip();
            }
        }

        return false;
    }

    private static string? Header(string[] lines, string name)
    {
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    private static byte[] Response(string status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n\r\n"), .. bytes];
    }
}
