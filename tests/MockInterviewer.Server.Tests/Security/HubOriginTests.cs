using System.Net;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Security;

public sealed class HubOriginTests : IDisposable
{
    private const string Friend = "https://bootcamp.example";

    private readonly ServerFactory _factory = new(settings: new Dictionary<string, string?>
    {
        ["MockInterviewer:Security:AllowedOrigins:0"] = Friend + "/",
    });

    [Fact]
    public async Task A_page_from_another_origin_cannot_open_the_hub()
    {
        var response = await NegotiateAsync("https://evil.example");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("origin-not-allowed", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_sandboxed_page_with_a_null_origin_cannot_open_the_hub()
    {
        var response = await NegotiateAsync("null");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData(Friend)]
    [InlineData(null)]
    public async Task The_own_origin_a_configured_origin_and_a_client_without_origin_may(string? origin)
    {
        var response = await NegotiateAsync(origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Cors_admits_a_configured_origin_only()
    {
        var friend = await GetTracksAsync(Friend);
        var stranger = await GetTracksAsync("https://evil.example");

        Assert.Equal(Friend, Assert.Single(friend.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_cors_is_closed()
    {
        using var plain = new ServerFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tracks");
        request.Headers.Add("Origin", Friend);

        var response = await plain.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    public void Dispose() => _factory.Dispose();

    private Task<HttpResponseMessage> NegotiateAsync(string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{InterviewHubRoutes.Path}/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return _factory.CreateClient().SendAsync(request);
    }

    private Task<HttpResponseMessage> GetTracksAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tracks");
        request.Headers.Add("Origin", origin);
        return _factory.CreateClient().SendAsync(request);
    }
}
