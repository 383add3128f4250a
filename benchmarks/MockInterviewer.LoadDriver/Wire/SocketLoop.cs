using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace MockInterviewer.LoadDriver.Wire;

/// <summary>
/// One thread that reads every registered socket as its bytes arrive (epoll), and runs a few periodic chores between.
/// The driver shares the machine's two cores with the server it measures: a thousand candidates' connections and the
/// model's streams read here cost a system call and a parse per message, where a SignalR client and an HttpClient
/// per connection cost the pool's hops, timers and dispatch as well (about as much CPU per token as the server's).
/// The sockets stay blocking and are only read when epoll says they have bytes, so a read never waits.
/// </summary>
internal sealed class SocketLoop : IDisposable
{
    private const int ChoresEveryMs = 50;

    private readonly int _epoll = Epoll.Create();
    private readonly ConcurrentDictionary<ulong, ISocketReader> _readers = new();
    private readonly List<(TimeSpan Every, Action Chore, long Due)> _chores = [];
    private readonly Thread _thread;
    private long _nextId;
    private volatile bool _stopping;

    public SocketLoop(string name)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <summary>Reads <paramref name="socket"/> into <paramref name="reader"/> from now on.</summary>
    /// <returns>What <see cref="Forget"/> takes.</returns>
    public ulong Watch(Socket socket, ISocketReader reader)
    {
        var id = (ulong)Interlocked.Increment(ref _nextId);
        _readers[id] = reader;
        Epoll.Watch(_epoll, (int)socket.SafeHandle.DangerousGetHandle(), id);
        return id;
    }

    /// <summary>Stops reading a socket (before it is closed).</summary>
    public void Forget(ulong id, Socket socket)
    {
        if (_readers.TryRemove(id, out _))
        {
            Epoll.Forget(_epoll, (int)socket.SafeHandle.DangerousGetHandle());
        }
    }

    /// <summary>Runs <paramref name="chore"/> on the loop's thread about every <paramref name="every"/>.</summary>
    public void Every(TimeSpan every, Action chore)
    {
        lock (_chores)
        {
            _chores.Add((every, chore, Stopwatch.GetTimestamp() + Ticks(every)));
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
        Epoll.Close(_epoll);
    }

    private void Run()
    {
        var events = new Epoll.Event[256];
        while (!_stopping)
        {
            var ready = Epoll.Wait(_epoll, events, ChoresEveryMs);
            for (var i = 0; i < ready; i++)
            {
                if (_readers.TryGetValue(events[i].Data, out var reader))
                {
                    reader.OnReadable();
                }
            }

            RunDueChores(Stopwatch.GetTimestamp());
        }
    }

    private void RunDueChores(long now)
    {
        lock (_chores)
        {
            for (var i = 0; i < _chores.Count; i++)
            {
                var (every, chore, due) = _chores[i];
                if (now >= due)
                {
                    chore();
                    _chores[i] = (every, chore, now + Ticks(every));
                }
            }
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
