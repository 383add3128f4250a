using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MockInterviewer.LoadDriver.Wire;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>
/// An OpenAI-style model on loopback that streams a set number of tokens at a set rate. Every token is numbered
/// ("[t123] ") and its send time kept, so whoever receives it (the server's candidates, or a direct reader) can
/// tell how long it travelled and whether any went missing or came out of order. Streams wait at a gate until
/// <see cref="Release"/>, so that all sessions stream at once however long they took to start; each then sends
/// its first token at its own offset (<see cref="Phases"/>) and the rest on its own clock.
/// Plain sockets: one loop thread reads the requests, one <see cref="Pacer"/> thread sends every stream's tokens.
/// </summary>
public sealed class PacedModel : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly SocketLoop _loop = new("Paced model requests");
    private readonly SentTimes _sentAt = new();
    private readonly Pacer _pacer;
    private readonly List<PacedStream> _held = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ModelConnection, byte> _connections = new();
    private readonly object _gate = new();
    private bool _released;
    private long _streams;

    private PacedModel(Socket listener, int tokens, int rate, int? spreadSeed)
    {
        _listener = listener;
        _pacer = new Pacer(_sentAt);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1/");
        Tokens = tokens;
        Interval = TimeSpan.FromSeconds(1.0 / rate);
        Phases = spreadSeed is { } seed ? StreamPhases.Spread(Interval, seed) : StreamPhases.Aligned;
        _loop.Watch(listener, new Acceptor(this));
    }

    /// <summary>The `/v1` base, as `Llm:Endpoint` takes it.</summary>
    public Uri BaseUrl { get; }

    public int Tokens { get; }

    public TimeSpan Interval { get; }

    public StreamPhases Phases { get; }

    /// <summary>Streams asked for and waiting at the gate.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    internal long IntervalTicks => (long)(Interval.TotalSeconds * Stopwatch.Frequency);

    /// <param name="spreadSeed">Null: every stream on one clock (<see cref="StreamPhases.Aligned"/>); else each its own offset, drawn from this seed.</param>
    public static Task<PacedModel> StartAsync(int tokens, int rate, int? spreadSeed)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4096);
        return Task.FromResult(new PacedModel(listener, tokens, rate, spreadSeed));
    }

    public void Release()
    {
        List<PacedStream> released;
        lock (_gate)
        {
            _released = true;
            released = [.. _held];
            _held.Clear();
        }

        foreach (var stream in released)
        {
            Schedule(stream);
        }
    }

    /// <summary>
    /// Closes the gate again after a <see cref="Release"/>: streams asked for from now on wait for the next, and take
    /// their phases from the first again (so the measured streams have the same offsets as a direct read's).
    /// </summary>
    public void Hold()
    {
        lock (_gate)
        {
            if (_released)
            {
                _released = false;
                _streams = 0;
            }
        }
    }

    /// <summary>When the numbered token was sent, as a <see cref="Stopwatch"/> timestamp.</summary>
    public bool TrySentAt(long token, out long timestamp) => _sentAt.TryGet(token, out timestamp);

    /// <summary>Token numbers in a received piece of text, in the order they appear.</summary>
    public static IEnumerable<long> TokensIn(string text)
    {
        var at = 0;
        while ((at = text.IndexOf("[t", at, StringComparison.Ordinal)) >= 0)
        {
            var end = text.IndexOf(']', at);
            if (end < 0)
            {
                yield break;
            }

            if (long.TryParse(text.AsSpan(at + 2, end - at - 2), out var token))
            {
                yield return token;
            }

            at = end;
        }
    }

    public ValueTask DisposeAsync()
    {
        Release();
        _loop.Dispose();
        _pacer.Dispose();
        _listener.Dispose();
        foreach (var connection in _connections.Keys)
        {
            connection.Close(new ObjectDisposedException(nameof(PacedModel)));
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A streamed request has come: it waits at the gate, or streams at once when the gate is open.</summary>
    internal void Open(PacedStream stream)
    {
        lock (_gate)
        {
            if (!_released)
            {
                _held.Add(stream);
                return;
            }
        }

        Schedule(stream);
    }

    internal void Closed(ModelConnection connection) => _connections.TryRemove(connection, out _);

    private void Schedule(PacedStream stream)
    {
        long index;
        lock (_gate)
        {
            index = _streams++;
        }

        stream.Due = Stopwatch.GetTimestamp() + (long)(Phases.OffsetOf(index).TotalSeconds * Stopwatch.Frequency);
        _pacer.Add(stream);
    }

    private sealed class Acceptor(PacedModel model) : ISocketReader
    {
        public void OnReadable()
        {
            var socket = model._listener.Accept();
            socket.NoDelay = true;
            model._connections.TryAdd(new ModelConnection(socket, model, model._loop), 0);
        }
    }
}
