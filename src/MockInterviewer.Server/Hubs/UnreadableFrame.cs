using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace MockInterviewer.Server.Hubs;

/// <summary>What can still be read from a hub frame that failed to parse: the invocation it names, to answer it.</summary>
internal static partial class UnreadableFrame
{
    /// <param name="before">The input before the frame was read.</param>
    /// <param name="after">The input after it: the frame is what lies between.</param>
    /// <returns>The frame's invocation id and target, or null when it names no invocation.</returns>
    public static (string InvocationId, string Target)? InvocationOf(ReadOnlySequence<byte> before, ReadOnlySequence<byte> after)
    {
        var consumed = before.Length - after.Length;
        if (consumed <= 0)
        {
            return null;
        }

        // Invalid bytes become U+FFFD; the fields sought are plain ASCII in any client's frame.
        var text = Encoding.UTF8.GetString(before.Slice(0, consumed).ToArray());
        // Ids as the SignalR clients make them (short, plain): a hostile one is not answered, nor echoed.
        var id = InvocationId().Match(text);
        if (!id.Success)
        {
            return null;
        }

        var target = Target().Match(text);
        return (id.Groups[1].Value, target.Success ? target.Groups[1].Value : "");
    }

    [GeneratedRegex(@"""invocationId""\s*:\s*""([0-9A-Za-z_-]{1,32})""")]
    private static partial Regex InvocationId();

    [GeneratedRegex(@"""target""\s*:\s*""([0-9A-Za-z_]{1,64})""")]
    private static partial Regex Target();
}
