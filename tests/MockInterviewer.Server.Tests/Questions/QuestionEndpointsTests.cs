using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Questions;

public sealed class QuestionEndpointsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Healthz_answers_200()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_question_exists_in_both_languages_under_the_same_id()
    {
        var ko = await _client.GetFromJsonAsync<JsonElement[]>("/api/questions?lang=ko");
        var en = await _client.GetFromJsonAsync<JsonElement[]>("/api/questions?lang=en");

        Assert.NotNull(ko);
        Assert.NotNull(en);
        Assert.True(ko.Length >= 15 + 18 + 6 - 1);
        Assert.Equal(ko.Select(Id).Order(), en.Select(Id).Order());
        Assert.All(en, q =>
        {
            Assert.Equal("en", q.GetProperty("language").GetString());
            Assert.True(q.GetProperty("referencePoints").GetArrayLength() >= 2);
        });
    }

    [Fact]
    public async Task Without_lang_the_questions_are_korean()
    {
        var questions = await _client.GetFromJsonAsync<JsonElement[]>("/api/questions?track=ml-junior");

        Assert.NotNull(questions);
        Assert.Equal(15, questions.Length);
        var first = questions[0];
        Assert.Equal("ko", first.GetProperty("language").GetString());
        Assert.Contains("메모리", first.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("very-common", first.GetProperty("rarity").GetString());
        Assert.Equal("medium", first.GetProperty("difficulty").GetString());
        Assert.Equal("python", first.GetProperty("category").GetString());
    }

    [Theory]
    [InlineData("behavioral", 18)]
    [InlineData("self-intro", 1)]
    public async Task Track_filter_lists_the_track_questions(string track, int expected)
    {
        var questions = await _client.GetFromJsonAsync<JsonElement[]>($"/api/questions?track={track}&lang=en");

        Assert.Equal(expected, questions!.Length);
    }

    [Fact]
    public async Task Unknown_track_is_a_problem_naming_the_tracks()
    {
        var response = await _client.GetAsync("/api/questions?track=quantum");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ml-junior", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_language_is_a_problem()
    {
        var response = await _client.GetAsync("/api/questions?lang=fr");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Tracks_list_titles_and_counts_in_the_language_asked()
    {
        var tracks = await _client.GetFromJsonAsync<JsonElement[]>("/api/tracks?lang=en");

        var mlJunior = tracks!.Single(t => t.GetProperty("id").GetString() == "ml-junior");
        Assert.Equal(15, mlJunior.GetProperty("questionCount").GetInt32());
        Assert.Equal(3, mlJunior.GetProperty("categories").GetArrayLength());
    }

    private static string Id(JsonElement question) => question.GetProperty("id").GetString()!;
}
