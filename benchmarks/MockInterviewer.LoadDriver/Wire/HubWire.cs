using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace MockInterviewer.LoadDriver.Wire;

/// <summary>
/// What the driver's hub clients share: the loop that reads their sockets, the HTTP client that negotiates them, and
/// the chores the SignalR client does for each (an acknowledgement a second of what arrived, which lets the server drop
/// it from its stateful-reconnect buffer, and a ping every 15 s).
/// </summary>
internal sealed class HubWire : IDisposable
{
    private static readonly Lazy<HubWire> SharedWire = new(() => new HubWire());

    private readonly ConcurrentDictionary<HubSocket, byte> _live = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue });

    private HubWire()
    {
        Loop = new SocketLoop("Driver hub clients");
        Loop.Every(AcknowledgeEvery, () =>
        {
            foreach (var socket in _live.Keys)
            {
                socket.Acknowledge();
            }
        });
        Loop.Every(TimeSpan.FromSeconds(15), () =>
        {
            foreach (var socket in _live.Keys)
            {
                socket.Ping();
            }
        });
    }

    /// <summary>How often each client acknowledges what it received: set before the first connection.</summary>
    public static TimeSpan AcknowledgeEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The one the driver's candidates share for the whole run.</summary>
    public static HubWire Shared => SharedWire.Value;

    /// <summary>The hub protocol's payloads: camelCase, as the server's JSON hub protocol writes and reads them.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public SocketLoop Loop { get; }

    public void Add(HubSocket socket) => _live.TryAdd(socket, 0);

    public void Remove(HubSocket socket) => _live.TryRemove(socket, out _);

    /// <returns>The connection token the WebSocket opens with.</returns>
    public async Task<string> NegotiateAsync(Uri hub, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(new Uri($"{hub}/negotiate?negotiateVersion=1&useStatefulReconnect=true"), content: null, cancellationToken);
        response.EnsureSuccessStatusCode();
        var negotiated = await response.Content.ReadFromJsonAsync<Negotiated>(Json, cancellationToken)
            ?? throw new IOException("The hub's negotiate answered nothing.");
        if (!negotiated.UseStatefulReconnect)
        {
            throw new IOException("The hub did not agree to stateful reconnect, which the page asks for.");
        }

        return negotiated.ConnectionToken ?? throw new IOException("The hub's negotiate gave no connection token.");
    }

    public void Dispose()
    {
        Loop.Dispose();
        _http.Dispose();
    }

    private sealed record Negotiated(string? ConnectionToken, bool UseStatefulReconnect);
}
