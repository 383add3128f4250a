using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MockInterviewer.LoadDriver.Reporting;
using MockInterviewer.LoadDriver.Wire;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// Reads the paced model's streams straight from loopback, with no server between: the physical limit. Read as the
/// candidates read the server, on one socket loop, so that the two differ by the server alone.
/// </summary>
public static class DirectReader
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"model":"paced","stream":true,"messages":[{"role":"user","content":"go"}]}""");

    public static async Task<Samples> ReadAsync(PacedModel model, int streams, CancellationToken cancellationToken)
    {
        var latency = new Samples();
        var request = Encoding.ASCII.GetBytes(
            $"POST {model.BaseUrl.AbsolutePath}chat/completions HTTP/1.1\r\nHost: {model.BaseUrl.Authority}\r\nContent-Type: application/json\r\n"
            + $"Content-Length: {Body.Length}\r\nConnection: close\r\n\r\n").Concat(Body).ToArray();
        using var loop = new SocketLoop("Direct reader");
        var readers = new List<StreamReader>();
        for (var i = 0; i < streams; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            socket.Connect(new IPEndPoint(IPAddress.Loopback, model.BaseUrl.Port));
            readers.Add(new StreamReader(socket, loop, model, latency));
            socket.Send(request);
        }

        while (model.Waiting < streams)
        {
            await Task.Delay(10, cancellationToken);
        }

        model.Release();
        await Task.WhenAll(readers.Select(r => r.Ended)).WaitAsync(cancellationToken);
        return latency;
    }

    /// <summary>One stream's bytes, scanned for numbered tokens as they arrive.</summary>
    private sealed class StreamReader : SocketConnection
    {
        private readonly PacedModel _model;
        private readonly Samples _latency;
        private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public StreamReader(Socket socket, SocketLoop loop, PacedModel model, Samples latency)
            : base(socket, loop)
        {
            _model = model;
            _latency = latency;
            StartReading([]);
        }

        /// <summary>Completes when the model has closed the stream (the request asks it to).</summary>
        public Task Ended => _ended.Task;

        protected override int Received(ReadOnlySpan<byte> pending, long receivedAt)
        {
            var scanned = 0;
            int open;
            while ((open = pending[scanned..].IndexOf("[t"u8)) >= 0)
            {
                var start = scanned + open + 2;
                var close = pending[start..].IndexOf((byte)']');
                if (close < 0)
                {
                    break;
                }

                if (System.Buffers.Text.Utf8Parser.TryParse(pending.Slice(start, close), out long token, out _) && _model.TrySentAt(token, out var sent))
                {
                    _latency.Add(Stopwatch.GetElapsedTime(sent, receivedAt));
                }

                scanned = start + close;
            }

            // A token split between two reads is read whole with the next: kept from its "[t", or the last byte.
            return open >= 0 ? scanned + open : Math.Max(scanned, pending.Length - 1);
        }

        protected override void OnClosed(Exception why)
        {
            if (why is EndOfStreamException)
            {
                _ended.TrySetResult();
            }
            else
            {
                _ended.TrySetException(why);
            }
        }
    }
}
