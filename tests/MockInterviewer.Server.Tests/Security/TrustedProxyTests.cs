using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Security;

/// <summary>Per-address limits count the candidate behind a trusted proxy, and only a trusted proxy may say who that is.</summary>
public sealed class TrustedProxyTests
{
    private const string Proxy = "10.1.2.3";

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_address_has_its_own_budget()
    {
        using var factory = ServerFrom(Proxy, trustedProxies: "10.0.0.0/8");
        var client = factory.CreateClient();

        var first = await GetTracksAsync(client, forwardedFor: "203.0.113.7");
        var sameCandidate = await GetTracksAsync(client, forwardedFor: "203.0.113.7");
        var otherCandidate = await GetTracksAsync(client, forwardedFor: "198.51.100.9");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameCandidate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherCandidate.StatusCode);
    }

    [Fact]
    public async Task Forwarded_addresses_from_an_untrusted_caller_are_ignored()
    {
        using var factory = ServerFrom(Proxy, trustedProxies: null);
        var client = factory.CreateClient();

        var first = await GetTracksAsync(client, forwardedFor: "203.0.113.7");
        var claimingToBeSomeoneElse = await GetTracksAsync(client, forwardedFor: "198.51.100.9");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, claimingToBeSomeoneElse.StatusCode);
    }

    [Fact]
    public async Task A_trusted_proxy_that_is_not_an_address_stops_start_up_naming_the_key()
    {
        var reason = await RefusedStart.ReasonAsync(new Dictionary<string, string>
        {
            ["MockInterviewer:Security:TrustedProxies:0"] = "the-load-balancer",
        });

        Assert.Contains("MockInterviewer:Security:TrustedProxies", reason, StringComparison.Ordinal);
    }

    private static ServerFactory ServerFrom(string remoteAddress, string? trustedProxies)
    {
        var settings = new Dictionary<string, string?> { ["MockInterviewer:Limits:RequestsPerMinutePerAddress"] = "1" };
        if (trustedProxies is not null)
        {
            settings["MockInterviewer:Security:TrustedProxies:0"] = trustedProxies;
        }

        return new ServerFactory(settings: settings, services: services =>
            services.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(remoteAddress))));
    }

    private static Task<HttpResponseMessage> GetTracksAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tracks");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    /// <summary>The in-memory server has no socket: give every request the address a real connection would have.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
