using System.Text.Json;
using MockInterviewer.Evaluation.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Evaluation.Tests.Command;

/// <summary>
/// The evaluation command with the model engine against a loopback OpenAI-style server (each request: 1,500 prompt
/// tokens of which 1,024 cached, 40 completion), on a tiny set: 6 tuning answers (ml-junior and behavioral, ko and
/// en, 3 of them weak) and 2 held-out.
/// </summary>
public sealed class EvaluationCommandTests
{
    private const string Secret = "sk-evaluation-5f2d91";

    [Fact]
    public async Task A_model_run_prints_agreement_per_track_and_language_and_the_tokens_the_server_reported()
    {
        await using var server = new LoopbackOpenAiServer { Responder = GradingReplies.CoverEveryPoint };
        var config = ConfigFile(new { Provider = "openai-compatible", Endpoint = server.BaseUrl + "/v1", ApiKey = Secret, Model = "loopback-grader" });

        EvaluationRun run;
        try
        {
            run = await EvaluationRun.RunAsync(new Dictionary<string, string?>(), "--engine", "llm", "--config", config);
        }
        finally
        {
            File.Delete(config);
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Model grader (openai-compatible, grading model loopback-grader), tuning split", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["tuning", "tuning behavioral", "tuning ml-junior", "tuning ko", "tuning en", "held-out", "held-out behavioral", "held-out ml-junior", "held-out ko", "held-out en"],
            run.Rows);
        Assert.Contains("Tokens, tuning split: 9,000 prompt (6,144 of them cached), 240 completion, in 6 model replies.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tokens, held-out split: 3,000 prompt (2,048 of them cached), 80 completion, in 2 model replies.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tokens, both splits: 12,000 prompt (8,192 of them cached), 320 completion, in 8 model replies.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Graded offline instead (fallbacks): 0 of 6 answers.", run.Output, StringComparison.Ordinal);
        Assert.Equal(8, server.Requests.Count);
        Assert.DoesNotContain(Secret, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_the_model_twice_replies_unreadably_to_fall_back_to_offline_and_their_tokens_still_count()
    {
        await using var server = new LoopbackOpenAiServer();
        var weak = LabelledSet.Load(EvaluationRun.TinySet).Tuning.Where(a => a.Label == Label.Weak).Select(a => a.Answer.Trim()).ToHashSet();
        server.Responder = request => weak.Contains(GradingReplies.AnswerIn(request)) ? LoopbackReply.Json("{\"Points\": [") : GradingReplies.CoverEveryPoint(request);

        var run = await EvaluationRun.RunAsync(ModelSettings(server), "--engine", "llm", "--split", "tuning");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, weak.Count);
        Assert.Contains("Graded offline instead (fallbacks): 3 of 6 answers (behavioral 1, ml-junior 2; en 1, ko 2).", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tokens, tuning split: 13,500 prompt (9,216 of them cached), 360 completion, in 9 model replies.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("held-out", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_that_fails_on_every_answer_leaves_them_all_to_offline_without_ending_the_run_and_verbose_says_why()
    {
        await using var server = new LoopbackOpenAiServer { Responder = _ => LoopbackReply.Status(400) };
        var settings = ModelSettings(server);
        settings["ApiKey"] = Secret;

        var run = await EvaluationRun.RunAsync(settings, "--engine", "llm", "--split", "held-out", "--parallel", "2", "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Graded offline instead (fallbacks): 2 of 2 answers", run.Output, StringComparison.Ordinal);
        Assert.Contains("in 0 model replies", run.Output, StringComparison.Ordinal);
        Assert.Contains("held-out: 2/2 graded, 2 fell back to offline", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Error.Split('\n').Count(l => l.StartsWith("Warning: Grading model failed", StringComparison.Ordinal)));
        Assert.DoesNotContain(Secret, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_grades_only_the_first_answers_of_each_split()
    {
        await using var server = new LoopbackOpenAiServer { Responder = GradingReplies.CoverEveryPoint };

        var run = await EvaluationRun.RunAsync(ModelSettings(server), "--engine", "llm", "--limit", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("tuning split: the first 1 of 6 labelled answers", run.Output, StringComparison.Ordinal);
        Assert.Contains("held-out split: the first 1 of 2 labelled answers", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task The_offline_engine_is_the_default_and_spends_no_tokens()
    {
        var run = await EvaluationRun.RunAsync(new Dictionary<string, string?> { ["Provider"] = "openai", ["Model"] = "unused" });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Offline grader, tuning split: 6 labelled answers", run.Output, StringComparison.Ordinal);
        Assert.Contains("held-out en", run.Rows);
        Assert.DoesNotContain("Tokens", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_key_is_one_line_that_names_it()
    {
        var run = await EvaluationRun.RunAsync(new Dictionary<string, string?> { ["Provider"] = "openai", ["Model"] = "gpt-4o-mini" }, "--engine", "llm");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("MockInterviewer:Llm:ApiKey", line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task A_wrong_setting_is_named_without_ever_printing_the_key()
    {
        var run = await EvaluationRun.RunAsync(new Dictionary<string, string?> { ["Provider"] = "azure-openai", ["ApiKey"] = Secret, ["Model"] = "deployment" }, "--engine", "llm");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("MockInterviewer:Llm:Endpoint", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_model_engine_with_no_model_provider_configured_says_which_key_to_set()
    {
        var run = await EvaluationRun.RunAsync(new Dictionary<string, string?>(), "--engine", "llm");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MockInterviewer:Llm:Provider", Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> ModelSettings(LoopbackOpenAiServer server) => new()
    {
        ["Provider"] = "openai-compatible",
        ["Endpoint"] = server.BaseUrl + "/v1",
        ["Model"] = "loopback-grader",
    };

    private static string ConfigFile(object llm)
    {
        var path = Path.Combine(Path.GetTempPath(), $"evaluation-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { MockInterviewer = new { Llm = llm } }));
        return path;
    }
}
