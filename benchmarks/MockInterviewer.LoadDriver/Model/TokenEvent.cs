using System.Buffers;
using System.Buffers.Text;
using System.Text;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// The server-sent event of one numbered token ("[t123] "), written straight into the response: the chunk's JSON
/// is made once, around the number, so the model spends its share of the two cores on sending, not on
/// serialising 6,000 to 30,000 anonymous objects a second on the cores the server is measured on.
/// </summary>
internal static class TokenEvent
{
    private const string Mark = "0";

    private static readonly byte[] Before;
    private static readonly byte[] After;

    static TokenEvent()
    {
        var wire = $"data: {OpenAiWire.Chunk(new { content = $"[t{Mark}] " }, finish: null, usage: null)}\n\n";
        var at = wire.IndexOf($"[t{Mark}]", StringComparison.Ordinal) + 2;
        Before = Encoding.UTF8.GetBytes(wire[..at]);
        After = Encoding.UTF8.GetBytes(wire[(at + Mark.Length)..]);
    }

    public static void Write(IBufferWriter<byte> output, long token)
    {
        var span = output.GetSpan(Before.Length + 20 + After.Length);
        Before.CopyTo(span);
        Utf8Formatter.TryFormat(token, span[Before.Length..], out var digits);
        After.CopyTo(span[(Before.Length + digits)..]);
        output.Advance(Before.Length + digits + After.Length);
    }

    /// <summary>What <see cref="Write"/> writes, as text (for tests).</summary>
    public static string Text(long token)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(buffer, token);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
