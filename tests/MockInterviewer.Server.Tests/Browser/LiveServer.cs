using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>
/// The real app on Kestrel at http://127.0.0.1:(a free port), so a real browser can reach it,
/// on its own temporary SQLite file (ServerFactory's defaults).
/// </summary>
public sealed class LiveServer : IDisposable
{
    private readonly ServerFactory _factory;

    public LiveServer(Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null)
    {
        _factory = new ServerFactory(settings: settings, services: services);
        // Port 0: Kestrel takes a free port itself, so parallel test runs never collide.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');
    }

    /// <summary>For example "http://127.0.0.1:41234", without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The folder of its SQLite file, interviews.db.</summary>
    public string DataDirectory => _factory.DataDirectory;

    public IServiceProvider Services => _factory.Services;

    public void Dispose() => _factory.Dispose();
}
