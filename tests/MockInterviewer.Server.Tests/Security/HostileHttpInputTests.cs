using System.Net;
using System.Net.Http.Headers;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Security;

public sealed class HostileHttpInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Theory]
    [InlineData("/api/assessments", "{\"questionId\":\"ml-cross-validation\",\"answer\":\"a", "\"}")]
    [InlineData("/api/job-postings/plan", "{\"language\":\"en\",\"text\":\"a", "\"}")]
    public async Task A_text_of_invalid_utf8_is_refused_as_a_problem(string path, string before, string after)
    {
        byte[] body = [.. System.Text.Encoding.UTF8.GetBytes(before), 0xC3, 0x28, 0xFF, .. System.Text.Encoding.UTF8.GetBytes(after)];
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        var response = await _client.PostAsync(path, content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("invalid-arguments", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_api_path_answers_a_problem_with_a_code()
    {
        var response = await _client.GetAsync("/api/no-such-thing");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("not-found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_in_another_media_type_is_refused_as_a_problem()
    {
        var response = await _client.PostAsync("/api/assessments", new StringContent("<answer/>", System.Text.Encoding.UTF8, "application/xml"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("invalid-arguments", problem.GetProperty("code").GetString());
    }
}
