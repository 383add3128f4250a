using System.Net;
using System.Net.Http.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Security;

public sealed class HttpRateLimitTests
{
    [Fact]
    public async Task Api_requests_past_the_limit_per_minute_get_429_with_a_code_and_retry_after()
    {
        using var factory = new ServerFactory(settings: new Dictionary<string, string?> { ["MockInterviewer:Limits:RequestsPerMinutePerAddress"] = "2" });
        var client = factory.CreateClient();
        await client.GetAsync("/api/tracks");
        await client.GetAsync("/api/tracks");

        var refused = await client.GetAsync("/api/tracks");
        var page = await client.GetAsync("/");

        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Graded_answers_over_http_spend_the_answer_budget()
    {
        using var factory = new ServerFactory(settings: new Dictionary<string, string?> { ["MockInterviewer:Limits:AnswersPerMinutePerAddress"] = "1" });
        var client = factory.CreateClient();
        var answer = new { questionId = "ml-cross-validation", answer = "Cross-validation rotates a held-out fold." };
        var first = await client.PostAsJsonAsync("/api/assessments", answer);

        var second = await client.PostAsJsonAsync("/api/assessments", answer);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await second.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("rate-limited", problem.GetProperty("code").GetString());
        Assert.NotNull(second.Headers.RetryAfter);
    }
}
