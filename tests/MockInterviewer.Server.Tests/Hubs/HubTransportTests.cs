using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Hubs;

public sealed class HubTransportTests : IDisposable
{
    private readonly ServerFactory _factory = new();

    [Fact]
    public async Task Negotiate_closes_its_connection_and_still_offers_stateful_reconnect()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{InterviewHubRoutes.Path}/negotiate?negotiateVersion=1&useStatefulReconnect=true");

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.ConnectionClose);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("useStatefulReconnect").GetBoolean());
    }

    [Fact]
    public async Task Other_requests_keep_their_connection()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/api/tracks", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.ConnectionClose);
    }

    [Fact]
    public void The_hub_keeps_more_than_the_default_for_a_connection_that_may_come_back()
    {
        var hub = _factory.Services.GetRequiredService<IOptions<HubOptions>>().Value;

        // The default (100 KB) holds less than a long message's deltas and the report.
        Assert.True(hub.StatefulReconnectBufferSize > new HubOptions().StatefulReconnectBufferSize);
    }

    public void Dispose() => _factory.Dispose();
}
