using MockInterviewer.LoadDriver.Wire;

namespace MockInterviewer.LoadDriver.Tests.Wire;

public sealed class WebSocketFramesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(125)]
    [InlineData(126)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    public void A_masked_frame_carries_its_length_and_unmasks_to_its_payload(int length)
    {
        var payload = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();

        var frame = WebSocketFrames.Masked(WebSocketFrames.Text, payload);

        Assert.Equal(0x81, frame[0]);
        Assert.Equal(0x80, frame[1] & 0x80);
        var lengthBytes = length < 126 ? 0 : length <= ushort.MaxValue ? 2 : 8;
        var maskAt = 2 + lengthBytes;
        var unmasked = frame.Skip(maskAt + 4).Select((b, i) => (byte)(b ^ frame[maskAt + (i & 3)])).ToArray();
        Assert.Equal(payload, unmasked);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(300)]
    [InlineData(70_000)]
    public void A_servers_frame_is_read_only_once_all_of_it_has_arrived(int length)
    {
        var header = length < 126 ? new byte[] { 0x81, (byte)length }
            : length <= ushort.MaxValue ? [0x81, 126, (byte)(length >> 8), (byte)length]
            : [0x81, 127, 0, 0, 0, 0, 0, (byte)(length >> 16), (byte)(length >> 8), (byte)length];
        var frame = header.Concat(new byte[length]).ToArray();

        Assert.False(WebSocketFrames.TryRead(frame.AsSpan(0, 1), out _, out _, out _, out _));
        Assert.False(WebSocketFrames.TryRead(frame.AsSpan(0, frame.Length - 1), out _, out _, out _, out var needed));
        Assert.Equal(frame.Length, needed);
        Assert.True(WebSocketFrames.TryRead(frame.Concat(new byte[] { 0x81 }).ToArray(), out var opcode, out var final, out var payloadStart, out var size));
        Assert.Equal((WebSocketFrames.Text, true, header.Length, frame.Length), (opcode, final, payloadStart, size));
    }

    [Fact]
    public void A_masked_frame_from_the_server_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => WebSocketFrames.TryRead(new byte[] { 0x81, 0x85, 1, 2, 3, 4, 0 }, out _, out _, out _, out _));
    }
}
