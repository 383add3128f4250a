using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// The paced model's one sending thread: every open stream waits in a queue by the time its next token is due, and the
/// thread sends whatever is due (a system call each), then sleeps a millisecond. One timer and one pool work item per
/// token per stream, as before, cost the driver more CPU than the sends, on the cores the server is measured on.
/// </summary>
internal sealed class Pacer : IDisposable
{
    private readonly PriorityQueue<PacedStream, long> _due = new();
    private readonly ConcurrentQueue<PacedStream> _arriving = new();
    private readonly ManualResetEventSlim _wake = new();
    private readonly SentTimes _sentAt;
    private readonly Thread _thread;
    private long _nextToken;
    private volatile bool _stopping;

    public Pacer(SentTimes sentAt)
    {
        _sentAt = sentAt;
        _thread = new Thread(Run) { IsBackground = true, Name = "Paced model" };
        _thread.Start();
    }

    /// <summary>Sends the stream's tokens from its <see cref="PacedStream.Due"/> on.</summary>
    public void Add(PacedStream stream)
    {
        _arriving.Enqueue(stream);
        _wake.Set();
    }

    public void Dispose()
    {
        _stopping = true;
        _wake.Set();
        _thread.Join();
        _wake.Dispose();
    }

    private void Run()
    {
        var scratch = (new ArrayBufferWriter<byte>(), new ArrayBufferWriter<byte>());
        while (!_stopping)
        {
            while (_arriving.TryDequeue(out var arrived))
            {
                _due.Enqueue(arrived, arrived.Due);
            }

            var now = Stopwatch.GetTimestamp();
            while (_due.TryPeek(out var stream, out var due) && due <= now)
            {
                _due.Dequeue();
                if (stream.SendNext(++_nextToken, scratch, _sentAt, now))
                {
                    _due.Enqueue(stream, stream.Due);
                }

                now = Stopwatch.GetTimestamp();
            }

            if (_due.Count == 0)
            {
                _wake.Wait(50);
                _wake.Reset();
            }
            else
            {
                Thread.Sleep(1);
            }
        }
    }
}
