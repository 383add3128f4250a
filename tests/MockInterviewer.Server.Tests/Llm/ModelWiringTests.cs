using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Llm;

public sealed class ModelWiringTests
{
    private const string Answer =
        "Cross-validation splits the data into k folds and rotates which fold is held out, training on the rest each time.";

    private const string LeadIn = "Thank you, let's start with a classic.";

    [Fact]
    public async Task With_a_model_configured_the_assessment_endpoint_grades_by_the_model()
    {
        using var factory = Factory(new ScriptedModel(_ => Graded("k-fold-procedure", "splits the data into k folds"), _ => LeadIn));

        var assessment = await AssessAsync(factory);

        Assert.Equal("llm", assessment.GetProperty("engine").GetString());
        var point = assessment.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "k-fold-procedure");
        Assert.Equal("covered", point.GetProperty("status").GetString());
        Assert.Equal("splits the data into k folds", point.GetProperty("evidence").GetString());
    }

    [Fact]
    public async Task A_model_whose_replies_do_not_parse_leaves_the_assessment_to_the_offline_engine()
    {
        var model = new ScriptedModel(_ => "I think this answer is great!", _ => LeadIn);
        using var factory = Factory(model);

        var assessment = await AssessAsync(factory);

        Assert.Equal("offline", assessment.GetProperty("engine").GetString());
        Assert.Equal(2, model.GradingRequests);
    }

    [Fact]
    public async Task With_a_model_configured_the_interview_streams_the_models_words_and_grades_by_the_model()
    {
        using var factory = Factory(new ScriptedModel(_ => Graded("k-fold-procedure", "splits the data into k folds"), _ => LeadIn));
        await using var candidate = await CandidateConnection.ConnectAsync(factory);

        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        var question = await candidate.NextMessageAsync(1);

        Assert.Equal("question", question.Kind);
        Assert.StartsWith(LeadIn + " ", question.Text, StringComparison.Ordinal);
        string[] pieces = [.. LeadIn.Split(' ').Select((w, i) => i == 0 ? w : " " + w), question.Text[LeadIn.Length..]];
        WholePieces.AssertMadeOf(pieces, candidate.Deltas.Where(d => d.MessageId == question.MessageId).Select(d => d.Text));

        await candidate.AnswerAsync(started.SessionId, Answer);
        var followUp = await candidate.NextMessageAsync(2);
        Assert.Equal("follow-up", followUp.Kind);
        Assert.Equal(LeadIn, followUp.Text);

        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", started.ResumeToken);
        var report = await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{started.SessionId}/report");
        Assert.Equal("llm", report.GetProperty("questions")[0].GetProperty("assessment").GetProperty("engine").GetString());
    }

    private static ServerFactory Factory(ScriptedModel model) => model.Serve();

    private static async Task<JsonElement> AssessAsync(ServerFactory factory)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/assessments", new { questionId = "ml-cross-validation", answer = Answer, language = "en" });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Graded(string pointId, string quote) => ScriptedModel.Graded(pointId, quote);
}
