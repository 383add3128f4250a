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
internal sealed class ModelConnection : SocketConnection
{
    private static readonly byte[] Unusable = Response("200 OK", "application/json", OpenAiWire.Completion("{}"));
    private static readonly byte[] NotFound = Response("404 Not Found", "text/plain", "Only POST /v1/chat/completions is here.");
    private static readonly byte[] LengthRequired = Response("411 Length Required", "text/plain", "Send the body with a Content-Length.");

    private readonly PacedModel _model;
    private bool _closeAfterResponse;

    public ModelConnection(Socket socket, PacedModel model, SocketLoop loop)
        : base(socket, loop)
    {
        _model = model;
        StartReading([]);
    }

    /// <summary>A response is complete: the connection waits for the next request, or closes if this one asked.</summary>
    public void ResponseEnded()
    {
        if (_closeAfterResponse)
        {
            Close(new IOException("The request asked to close the connection after its response."));
        }
    }

    protected override int Received(ReadOnlySpan<byte> pending, long receivedAt)
    {
        var used = 0;
        int request;
        while (!IsClosed && (request = TakeRequest(pending[used..])) > 0)
        {
            used += request;
        }

        return used;
    }

    protected override void OnClosed(Exception why) => _model.Closed(this);

    /// <returns>The bytes of the request answered; 0 while it has not all arrived.</returns>
    private int TakeRequest(ReadOnlySpan<byte> pending)
    {
        var headEnd = pending.IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            return 0;
        }

        var lines = Encoding.ASCII.GetString(pending[..headEnd]).Split("\r\n");
        if (Header(lines, "Transfer-Encoding") is not null)
        {
            TrySend(LengthRequired);
            Close(new InvalidDataException("A request body without a Content-Length."));
            return 0;
        }

        var length = Header(lines, "Content-Length") is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var size = headEnd + 4 + length;
        if (pending.Length < size)
        {
            return 0;
        }

        _closeAfterResponse = string.Equals(Header(lines, "Connection"), "close", StringComparison.OrdinalIgnoreCase);
        var streamed = IsStreamed(pending.Slice(headEnd + 4, length));
        if (!lines[0].StartsWith("POST /v1/chat/completions ", StringComparison.Ordinal))
        {
            TrySend(NotFound);
        }
        else if (streamed)
        {
            _model.Open(new PacedStream(this, _model.Tokens, _model.IntervalTicks));
            return size;
        }
        else
        {
            // Grading and summaries are not timed here: an empty object, which the server takes as unusable and grades offline.
            TrySend(Unusable);
        }

        ResponseEnded();
        return size;
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
