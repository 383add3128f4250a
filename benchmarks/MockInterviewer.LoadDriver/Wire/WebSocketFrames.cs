using System.Buffers.Binary;

namespace MockInterviewer.LoadDriver.Wire;

/// <summary>RFC 6455 framing, as much as a client of the hub needs: it masks what it sends and reads unmasked frames.</summary>
internal static class WebSocketFrames
{
    public const byte Continuation = 0x0;
    public const byte Text = 0x1;
    public const byte Binary = 0x2;
    public const byte Close = 0x8;
    public const byte Ping = 0x9;
    public const byte Pong = 0xA;

    /// <summary>One whole frame of <paramref name="payload"/>, masked as a client must.</summary>
    public static byte[] Masked(byte opcode, ReadOnlySpan<byte> payload)
    {
        var lengthBytes = payload.Length < 126 ? 0 : payload.Length <= ushort.MaxValue ? 2 : 8;
        var frame = new byte[2 + lengthBytes + 4 + payload.Length];
        frame[0] = (byte)(0x80 | opcode);
        switch (lengthBytes)
        {
            case 0:
                frame[1] = (byte)(0x80 | payload.Length);
                break;
            case 2:
                frame[1] = 0x80 | 126;
                BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), (ushort)payload.Length);
                break;
            default:
                frame[1] = 0x80 | 127;
                BinaryPrimitives.WriteUInt64BigEndian(frame.AsSpan(2), (ulong)payload.Length);
                break;
        }

        var mask = frame.AsSpan(2 + lengthBytes, 4);
        Random.Shared.NextBytes(mask);
        var body = frame.AsSpan(2 + lengthBytes + 4);
        for (var i = 0; i < payload.Length; i++)
        {
            body[i] = (byte)(payload[i] ^ mask[i & 3]);
        }

        return frame;
    }

    /// <summary>Reads the frame at the start of <paramref name="buffer"/>, if all of it is there.</summary>
    /// <param name="size">The whole frame's size, header included; when false, the size needed so far (0: header incomplete).</param>
    public static bool TryRead(ReadOnlySpan<byte> buffer, out byte opcode, out bool final, out int payloadStart, out int size)
    {
        opcode = 0;
        final = false;
        payloadStart = 0;
        size = 0;
        if (buffer.Length < 2)
        {
            return false;
        }

        opcode = (byte)(buffer[0] & 0x0F);
        final = (buffer[0] & 0x80) != 0;
        if ((buffer[1] & 0x80) != 0)
        {
            throw new InvalidDataException("The server sent a masked frame.");
        }

        long length = buffer[1] & 0x7F;
        payloadStart = 2;
        if (length == 126)
        {
            if (buffer.Length < 4)
            {
                return false;
            }

            length = BinaryPrimitives.ReadUInt16BigEndian(buffer[2..]);
            payloadStart = 4;
        }
        else if (length == 127)
        {
            if (buffer.Length < 10)
            {
                return false;
            }

            length = (long)BinaryPrimitives.ReadUInt64BigEndian(buffer[2..]);
            payloadStart = 10;
        }

        if (length > int.MaxValue / 2)
        {
            throw new InvalidDataException($"A frame of {length} bytes.");
        }

        size = payloadStart + (int)length;
        return buffer.Length >= size;
    }
}
