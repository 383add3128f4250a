using System.Net;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Security;

public sealed class SecurityHeadersTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/js/app.js")]
    [InlineData("/api/tracks")]
    [InlineData("/api/no-such-thing")]
    public async Task Every_response_carries_the_policy_and_the_usual_headers(string path)
    {
        var response = await _client.GetAsync(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("style-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task A_refused_request_carries_the_headers_too()
    {
        var response = await _client.PostAsync("/api/assessments", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
