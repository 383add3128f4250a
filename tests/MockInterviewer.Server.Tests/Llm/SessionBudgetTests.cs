using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Llm;

/// <summary><c>Llm:MaxTokensPerSession</c> through the real connector, against a loopback OpenAI-style server.</summary>
public sealed class SessionBudgetTests
{
    private const string Answer =
        "Cross-validation splits the data into k folds and rotates which fold is held out, training on the rest each time.";

    [Fact]
    public async Task Once_a_session_spent_its_tokens_the_model_hears_nothing_more_the_candidate_is_told_once_and_the_interview_completes()
    {
        await using var model = new LoopbackOpenAiServer
        {
            // Each reply costs more than the whole allowance, so the first one spends it.
            Responder = request => request.Body.Contains("\"stream\":true", StringComparison.Ordinal)
                ? LoopbackReply.Stream("Thank you,", " let's begin.")
                : LoopbackReply.Json("{}"),
        };
        using var factory = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["MockInterviewer:Llm:Provider"] = "openai-compatible",
            ["MockInterviewer:Llm:Endpoint"] = model.BaseUrl + "/v1",
            ["MockInterviewer:Llm:Model"] = "loopback",
            ["MockInterviewer:Llm:MaxTokensPerSession"] = "1000",
        });
        await using var candidate = await CandidateConnection.ConnectAsync(factory);

        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        var question = await candidate.NextMessageAsync(1);
        Assert.Equal("question", question.Kind);
        Assert.StartsWith("Thank you, let's begin.", question.Text, StringComparison.Ordinal);
        Assert.Single(model.Requests);

        await candidate.AnswerAsync(started.SessionId, Answer);
        await candidate.WaitUntilAsync(() => candidate.Completed.Any(m => m.Kind == "notice"));
        await candidate.EndAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);

        Assert.Single(model.Requests);
        Assert.Single(candidate.Completed, m => m.Kind == "notice");
        Assert.Equal("closing", candidate.Completed.Last().Kind);
        var report = candidate.Finished.Single().Report;
        Assert.NotNull(report.Usage);
        Assert.True(report.Usage.PromptTokens > 0 && report.Usage.CompletionTokens > 0);
        Assert.Equal("offline", report.SummaryEngine);

        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", started.ResumeToken);
        var stored = await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{started.SessionId}/report");
        Assert.Equal(report.Usage.PromptTokens, stored.GetProperty("usage").GetProperty("promptTokens").GetInt32());
        Assert.Equal(report.Usage.CachedPromptTokens, stored.GetProperty("usage").GetProperty("cachedPromptTokens").GetInt32());
    }
}
