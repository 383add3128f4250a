using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Assessments;

public sealed class AssessmentEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string StrongCrossValidation =
        "교차검증은 데이터를 k개의 폴드로 나눈 다음, 폴드를 하나씩 돌아가며 검증에 쓰고 나머지로 학습하는 방법입니다. " +
        "단일 train/test 분할보다 성능 추정이 안정적이고, 모든 데이터를 학습과 검증에 활용할 수 있습니다. " +
        "분류 문제에서는 클래스 비율을 유지하는 Stratified K-Fold를 쓰고, 시계열은 시간 순서를 지키는 TimeSeriesSplit을 씁니다. " +
        "폴드마다 점수 차이가 크거나 학습 점수만 높으면 과적합을 의심할 수 있습니다.";

    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Thorough_answer_is_graded_with_quotes_from_the_answer()
    {
        var assessment = await AssessAsync(new { questionId = "ml-cross-validation", answer = StrongCrossValidation });

        Assert.Equal("ml-cross-validation", assessment.GetProperty("questionId").GetString());
        Assert.Equal("offline", assessment.GetProperty("engine").GetString());
        Assert.True(assessment.GetProperty("score").GetInt32() >= 70, assessment.ToString());
        foreach (var point in assessment.GetProperty("points").EnumerateArray())
        {
            Assert.Contains(point.GetProperty("status").GetString(), new[] { "covered", "partial", "missing" });
            if (point.GetProperty("evidence").GetString() is { } evidence)
            {
                Assert.Contains(evidence, StrongCrossValidation, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Vague_answer_scores_below_a_thorough_one_and_gets_a_follow_up()
    {
        var vague = await AssessAsync(new { questionId = "ml-cross-validation", answer = "모델 성능을 확인하는 방법 중 하나인 것 같습니다." });
        var thorough = await AssessAsync(new { questionId = "ml-cross-validation", answer = StrongCrossValidation });

        Assert.True(vague.GetProperty("score").GetInt32() < thorough.GetProperty("score").GetInt32() - 40);
        Assert.False(string.IsNullOrWhiteSpace(vague.GetProperty("followUp").GetString()));
    }

    [Fact]
    public async Task Language_follows_the_answer_when_not_given()
    {
        var assessment = await AssessAsync(new
        {
            questionId = "ml-cross-validation",
            answer = "Cross-validation splits the data into k folds and rotates which fold is held out, so every sample is used for both training and validation.",
        });

        var point = assessment.GetProperty("points")[0].GetProperty("text").GetString()!;
        Assert.DoesNotContain(point, c => c is >= '\uAC00' and <= '\uD7A3');
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("\u200B\u200C\u200D\uFEFF")]
    [InlineData("\u3164\u3164 \u2060")]
    [InlineData("\u0000\u001B[31m\u0007")]
    public async Task Empty_answer_is_a_problem(string answer)
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", new { questionId = "ml-cross-validation", answer });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("answer-empty", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Oversized_answer_is_a_problem_naming_the_limit()
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", new { questionId = "ml-cross-validation", answer = new string('가', 4001) });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("answer-too-long", problem.GetProperty("code").GetString());
        Assert.Contains("4000", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("answer-too-long", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unknown_question_is_a_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", new { questionId = "ml-time-travel", answer = "hello" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("unknown-question", problem.GetProperty("code").GetString());
        Assert.Contains("ml-time-travel", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"questionId\": \"ml-cross-validation\", \"answer\": ")]
    [InlineData("{\"questionId\": 42, \"answer\": \"text\"}")]
    [InlineData("not json")]
    public async Task Broken_json_is_a_problem(string body)
    {
        var response = await _client.PostAsync("/api/assessments", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("invalid-arguments", problem.GetProperty("code").GetString());
        Assert.Contains("{ questionId, answer, language }", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_body_is_a_problem_that_says_what_to_send()
    {
        var response = await _client.PostAsync("/api/assessments", new StringContent("", Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("invalid-arguments", problem.GetProperty("code").GetString());
        Assert.Equal("The request has no body.", problem.GetProperty("title").GetString());
        Assert.Contains("{ questionId, answer, language }", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("parameter", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_huge_unknown_id_is_not_echoed_whole()
    {
        var id = new string('x', 20_000);

        var response = await _client.PostAsJsonAsync("/api/assessments", new { questionId = id, answer = "hello" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var title = problem.GetProperty("title").GetString()!;
        Assert.Contains(new string('x', 64) + "…", title, StringComparison.Ordinal);
        Assert.True(title.Length < 120, title);
    }

    [Fact]
    public async Task Terminal_escapes_and_control_characters_never_reach_the_grade()
    {
        var dirty = "\u001B[1;31m" + StrongCrossValidation.Replace(". ", ".\u0000 \u0007", StringComparison.Ordinal) + "\u001B]0;title\u0007\u009B2J";

        var clean = await AssessAsync(new { questionId = "ml-cross-validation", answer = StrongCrossValidation });
        var assessment = await AssessAsync(new { questionId = "ml-cross-validation", answer = dirty });

        Assert.Equal(clean.GetProperty("score").GetInt32(), assessment.GetProperty("score").GetInt32());
        var said = Strings(assessment).ToList();
        Assert.Contains(said, text => text.Contains("폴드", StringComparison.Ordinal));
        Assert.All(said, text => Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\n' and not '\t'));
        Assert.All(said, text => Assert.DoesNotContain("[1;31m", text, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Fact]
    public async Task Unknown_language_is_a_problem()
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", new { questionId = "ml-cross-validation", answer = "text", language = "jp" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<JsonElement> AssessAsync(object request)
    {
        var response = await _client.PostAsJsonAsync("/api/assessments", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
