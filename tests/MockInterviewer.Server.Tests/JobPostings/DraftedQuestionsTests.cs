using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.JobPostings;

/// <summary>With a model configured, the plan adds the questions the model drafts for what the bank lacks, checked.</summary>
public sealed class DraftedQuestionsTests(ScriptedModelServer model) : IClassFixture<ScriptedModelServer>
{
    private const string Posting = """
        [주요 업무]
        - Docker로 모델을 컨테이너화하고 REST API로 서빙
        - Kafka 기반 실시간 피처 파이프라인 구축
        """;

    [Fact]
    public async Task The_models_drafts_come_with_their_words_and_points_without_the_ones_the_bank_already_asks()
    {
        using var server = new ServerFactory(settings: model.Settings);

        var plan = await PlanAsync(server);

        Assert.Contains("ml-docker", plan.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        var drafted = Assert.Single(plan.GetProperty("drafted").EnumerateArray());
        Assert.Equal(ScriptedModelServer.DraftedText, drafted.GetProperty("text").GetString());
        Assert.Equal(["Kafka"], drafted.GetProperty("why").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(ScriptedModelServer.DraftedPoints, drafted.GetProperty("points").GetArrayLength());
        var request = model.Loopback.Requests.Select(r => r.Body).Last(b => b.Contains("JOB POSTING", StringComparison.Ordinal));
        Assert.Contains("response_format", request, StringComparison.Ordinal);
        Assert.Contains("Kafka", request, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, "Here are some questions you could ask.")]
    [InlineData(400, null)]
    public async Task A_model_that_answers_nonsense_or_fails_leaves_the_bank_s_plan_without_drafts(int status, string? content)
    {
        await using var broken = new LoopbackOpenAiServer();
        broken.Responder = _ => new LoopbackReply(status, Content: content);
        using var server = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["MockInterviewer:Llm:Provider"] = "openai-compatible",
            ["MockInterviewer:Llm:Endpoint"] = broken.BaseUrl + "/v1",
            ["MockInterviewer:Llm:Model"] = "broken",
        });

        var plan = await PlanAsync(server);

        Assert.NotEmpty(plan.GetProperty("questions").EnumerateArray());
        Assert.Empty(plan.GetProperty("drafted").EnumerateArray());
        Assert.NotEmpty(broken.Requests);
    }

    private static async Task<JsonElement> PlanAsync(ServerFactory server)
    {
        var response = await server.CreateClient().PostAsJsonAsync("/api/job-postings/plan", new { text = Posting, language = "ko" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
