using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.JobPostings;

public sealed class JobPostingEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string MlOpsPosting = """
        [주요 업무]
        - MLOps 파이프라인 구축: Docker로 모델을 컨테이너화하고 FastAPI로 REST API 서빙
        - GitHub Actions 기반 CI/CD로 테스트와 배포 자동화

        [복리후생]
        - 자율 재택근무, 무제한 연차
        """;

    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task A_posting_is_answered_with_the_bank_s_questions_best_first_with_the_words_that_matched()
    {
        var plan = await PlanAsync(new { text = MlOpsPosting, language = "en" });

        var questions = plan.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(
            ["ml-cicd", "ml-docker", "ml-model-rest-api"],
            questions.Take(3).Select(q => q.GetProperty("id").GetString()).Order());
        var docker = questions.Single(q => q.GetProperty("id").GetString() == "ml-docker");
        Assert.Contains("Docker", docker.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(docker.GetProperty("text").GetString()!, c => c is >= '\uAC00' and <= '\uD7A3');
        Assert.Contains("Docker", docker.GetProperty("why").EnumerateArray().Select(w => w.GetString()));
        Assert.Empty(plan.GetProperty("drafted").EnumerateArray());
    }

    [Fact]
    public async Task Question_text_comes_in_the_language_asked_for()
    {
        var plan = await PlanAsync(new { text = MlOpsPosting, language = "ko" });

        var first = plan.GetProperty("questions")[0].GetProperty("text").GetString()!;
        Assert.Contains(first, c => c is >= '\uAC00' and <= '\uD7A3');
    }

    [Fact]
    public async Task Boilerplate_alone_plans_no_question()
    {
        var plan = await PlanAsync(new { text = "복리후생: 자율 재택근무, 무제한 연차, 건강검진, 점심 식대 지원", language = "ko" });

        Assert.Empty(plan.GetProperty("questions").EnumerateArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\u200B ")]
    public async Task An_empty_posting_is_a_problem(string? text)
    {
        var response = await _client.PostAsJsonAsync("/api/job-postings/plan", new { text, language = "ko" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("job-posting-empty", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_oversized_posting_is_a_problem_naming_the_limit()
    {
        var response = await _client.PostAsJsonAsync("/api/job-postings/plan", new { text = new string('가', 20_001), language = "ko" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("job-posting-too-long", problem.GetProperty("code").GetString());
        Assert.Contains("20000", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posting_at_the_limit_is_read()
    {
        var text = MlOpsPosting + new string(' ', 20_000 - MlOpsPosting.Length);

        var plan = await PlanAsync(new { text, language = "ko" });

        Assert.NotEmpty(plan.GetProperty("questions").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_language_is_a_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/job-postings/plan", new { text = MlOpsPosting, language = "fr" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("unknown-language", problem.GetProperty("code").GetString());
    }

    private async Task<JsonElement> PlanAsync(object request)
    {
        var response = await _client.PostAsJsonAsync("/api/job-postings/plan", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
