using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;

namespace MockInterviewer.LoadDriver.Wire;

/// <summary>
/// A plain socket read by a <see cref="SocketLoop"/>: what arrives is kept in a buffer until the connection has used it,
/// sends from any thread go out one at a time, and a failure of either closes it once. The driver's hub clients, its
/// model's connections and its direct reader each say only what the bytes mean (<see cref="Received"/>).
/// </summary>
internal abstract class SocketConnection(Socket socket, SocketLoop loop) : ISocketReader
{
    private readonly object _sendGate = new();
    private byte[] _buffer = new byte[16 * 1024];
    private int _filled;
    private ulong _watch;
    private bool _closed;

    protected bool IsClosed => Volatile.Read(ref _closed);

    public void OnReadable()
    {
        try
        {
            if (_filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = socket.Receive(_buffer.AsSpan(_filled));
            var at = Stopwatch.GetTimestamp();
            if (read == 0)
            {
                Close(new EndOfStreamException("The other end closed the connection."));
                return;
            }

            _filled += read;
            Use(at);
        }
        catch (Exception e) when (e is SocketException or IOException or InvalidDataException or JsonException or ObjectDisposedException)
        {
            Close(e);
        }
    }

    /// <summary>Closes the socket and stops reading it; the first call only counts.</summary>
    /// <param name="why">An <see cref="EndOfStreamException"/> when the other end closed it.</param>
    public void Close(Exception why)
    {
        lock (_sendGate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
        }

        loop.Forget(_watch, socket);
        socket.Dispose();
        OnClosed(why);
    }

    /// <summary>
    /// Reads from now on, once the subclass is ready to: bytes the socket already brought in (read before the loop took
    /// it) are used first, as if they had just arrived.
    /// </summary>
    protected void StartReading(ReadOnlySpan<byte> alreadyRead)
    {
        alreadyRead.CopyTo(_buffer);
        _filled = alreadyRead.Length;
        if (_filled > 0)
        {
            Use(Stopwatch.GetTimestamp());
        }

        _watch = loop.Watch(socket, this);
    }

    /// <summary>Uses the bytes not used yet, on the loop's thread.</summary>
    /// <param name="receivedAt">When the last of them were read from the socket, as a <see cref="Stopwatch"/> timestamp.</param>
    /// <returns>How many of them, from the start, are used and may be dropped.</returns>
    protected abstract int Received(ReadOnlySpan<byte> pending, long receivedAt);

    protected virtual void OnClosed(Exception why)
    {
    }

    /// <exception cref="SocketException">The send failed (the connection is left to the caller to close).</exception>
    /// <exception cref="ObjectDisposedException">The connection is closed.</exception>
    protected void Send(ReadOnlySpan<byte> bytes)
    {
        lock (_sendGate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            socket.Send(bytes);
        }
    }

    /// <returns>False when the connection is gone (and now closed): for the model's pacer, the server cancelled the stream.</returns>
    public bool TrySend(ReadOnlySpan<byte> bytes)
    {
        try
        {
            Send(bytes);
            return true;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Close(e);
            return false;
        }
    }

    private void Use(long at)
    {
        var used = Received(_buffer.AsSpan(0, _filled), at);
        _buffer.AsSpan(used, _filled - used).CopyTo(_buffer);
        _filled -= used;
    }
}
