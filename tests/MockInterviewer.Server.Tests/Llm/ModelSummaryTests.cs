using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Llm;

/// <summary>With a model configured, the report's summary is the model's, checked, written once and kept.</summary>
public sealed class ModelSummaryTests
{
    private const string Answer =
        "Cross-validation splits the data into k folds and rotates which fold is held out, training on the rest each time.";

    private const string Kept = "You explained it well: \"splits the data into k folds\" is exactly the idea. Next, say why it matters for model selection.";

    // The model's summary: a sentence with a quote the candidate never said, between two that quote them truly or not at all.
    private const string Written = "You explained it well: \"splits the data into k folds\" is exactly the idea. You also said \"I tuned it on the test set\". Next, say why it matters for model selection.";

    [Fact]
    public async Task The_reports_summary_is_the_models_and_survives_a_restart()
    {
        var model = new ScriptedModel(
            grade: request => request[^1].Content!.Contains("write the summary", StringComparison.Ordinal)
                ? Written
                : ScriptedModel.Graded("k-fold-procedure", "splits the data into k folds"),
            speak: _ => "Right.");
        string dataDirectory;
        string sessionId;
        string token;
        using (var factory = model.Serve())
        {
            dataDirectory = factory.DataDirectory;
            await using var candidate = await CandidateConnection.ConnectAsync(factory);
            var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
            (sessionId, token) = (started.SessionId, started.ResumeToken);
            await candidate.NextMessageAsync(1);
            await candidate.AnswerAsync(sessionId, Answer);
            await candidate.NextMessageAsync(2);
            await candidate.EndAsync(sessionId);
            await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);

            var report = candidate.Finished.Single().Report;
            Assert.Equal("llm", report.SummaryEngine);
            Assert.Equal(Kept, report.Summary);
        }

        using var restarted = new ServerFactory(dataDirectory, ScriptedModel.Settings);
        var http = restarted.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", token);
        var stored = await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{sessionId}/report");
        Assert.Equal(Kept, stored.GetProperty("summary").GetString());
        Assert.Equal("llm", stored.GetProperty("summaryEngine").GetString());
    }
}
