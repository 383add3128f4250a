using System.Net;
using System.Net.Http.Json;
using System.Text;
using MockInterviewer.Server.Tests.Browser;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Security;

public sealed class RequestSizeTests : IDisposable
{
    // 200 characters an answer: the body limit is 200 × 6 + 4 KiB = 5,296 bytes.
    private static readonly Dictionary<string, string?> SmallAnswers = new() { ["MockInterviewer:Limits:MaxAnswerChars"] = "200" };

    private readonly ServerFactory _factory = new(settings: SmallAnswers);

    [Fact]
    public async Task An_assessment_body_over_the_limit_is_refused_before_it_is_read()
    {
        var response = await _factory.CreateClient().PostAsync("/api/assessments", Json(Padded(64 * 1024)));

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("request-too-large", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_answer_just_over_the_character_limit_still_gets_its_own_refusal()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/assessments",
            new { questionId = "ml-cross-validation", answer = new string('\u0001', 201) });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEqual("request-too-large", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_job_posting_may_be_longer_than_an_answer_but_not_unbounded()
    {
        var client = _factory.CreateClient();

        var posting = await client.PostAsJsonAsync("/api/job-postings/plan", new { text = new string('a', 10_000), language = "en" });
        var huge = await client.PostAsync("/api/job-postings/plan", Json(Padded(1024 * 1024)));

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, posting.StatusCode);
        var problem = await huge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("request-too-large", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task On_kestrel_a_chunked_body_without_length_is_cut_at_the_limit_and_no_server_header_is_sent()
    {
        using var live = new LiveServer(settings: SmallAnswers);
        using var client = new HttpClient { BaseAddress = new Uri(live.BaseUrl) };
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Padded(64 * 1024))));
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/assessments", content);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("request-too-large", problem.GetProperty("code").GetString());
        Assert.Empty(response.Headers.Server);
    }

    public void Dispose() => _factory.Dispose();

    private static string Padded(int bytes) =>
        $$"""{"questionId":"ml-cross-validation","answer":"{{new string('a', bytes)}}"}""";

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
