using System.Buffers;
using System.Buffers.Text;
using System.Text;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// One streamed completion: the response's head with its first token, then a chunk per token at its due time (HTTP/1.1
/// chunked, as Kestrel streams a server-sent-event response), then the finish, the usage and [DONE].
/// </summary>
internal sealed class PacedStream(ModelConnection connection, int tokens, long interval)
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n");

    private static readonly byte[] Ending =
    [
        .. Chunk($"data: {OpenAiWire.Chunk(new { }, finish: "stop", usage: null)}\n\n"),
        .. Chunk($"data: {OpenAiWire.Chunk(null, finish: null, usage: OpenAiWire.Usage())}\n\n"),
        .. Chunk("data: [DONE]\n\n"),
        .. "0\r\n\r\n"u8,
    ];

    private int _sent;

    /// <summary>When the next token is due, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</summary>
    public long Due { get; set; }

    /// <summary>Sends the token due (and the response's end after the last), on the pacer's thread.</summary>
    /// <param name="scratch">The pacer's buffers, reused for every send.</param>
    /// <returns>False once the stream is over, or its connection gone.</returns>
    public bool SendNext(long token, (ArrayBufferWriter<byte> Event, ArrayBufferWriter<byte> Output) scratch, SentTimes sentAt, long now)
    {
        var (tokenEvent, output) = scratch;
        tokenEvent.ResetWrittenCount();
        TokenEvent.Write(tokenEvent, token);
        output.ResetWrittenCount();
        if (_sent == 0)
        {
            output.Write(Head);
        }

        Utf8Formatter.TryFormat(tokenEvent.WrittenCount, output.GetSpan(8), out var digits, new StandardFormat('x'));
        output.Advance(digits);
        output.Write("\r\n"u8);
        output.Write(tokenEvent.WrittenSpan);
        output.Write("\r\n"u8);
        _sent++;
        if (_sent == tokens)
        {
            output.Write(Ending);
        }

        sentAt.Record(token, now);
        if (!connection.TrySend(output.WrittenSpan))
        {
            return false;
        }

        if (_sent == tokens)
        {
            connection.ResponseEnded();
            return false;
        }

        // On the stream's own schedule, as a periodic timer ticks: a send a little late leaves the next on time; one
        // more than an interval behind is followed at once, not by a burst of the ticks missed.
        Due = Math.Max(Due + interval, now);
        return true;
    }

    private static byte[] Chunk(string data)
    {
        var bytes = Encoding.UTF8.GetBytes(data);
        return [.. Encoding.ASCII.GetBytes($"{bytes.Length:x}\r\n"), .. bytes, .. "\r\n"u8];
    }
}
