using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Llm.Configuration;
using MockInterviewer.Server.Tests.Support;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MockInterviewer.Server.Tests.Telemetry;

[Collection(ProcessWideTelemetry.Name)]
public sealed class TelemetryTests
{
    private const string Answer = "Cross-validation rotates a held-out fold and trains on the rest, so every row is used for validation once.";

    private readonly TelemetryCapture _capture = new();

    [Fact]
    public async Task A_whole_offline_interview_is_counted_timed_and_traced()
    {
        using var server = _capture.Server();
        await using var candidate = await CandidateConnection.ConnectAsync(server);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await candidate.NextMessageAsync(1);

        var activeDuring = _capture.Sum(server, "mockinterviewer.sessions.active");
        while (candidate.Finished.IsEmpty)
        {
            var seen = candidate.Completed.Count;
            await candidate.AnswerAsync(started.SessionId, Answer);
            await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty || candidate.Completed.Skip(seen).Any(m => m.Kind is "question" or "follow-up" or "hint"));
        }

        Assert.Equal(1, activeDuring);
        Assert.Equal(0, _capture.Sum(server, "mockinterviewer.sessions.active"));
        var answers = candidate.Completed.Count(m => m.Kind is "question" or "follow-up" or "hint");
        Assert.Equal(answers, _capture.Sum(server, "mockinterviewer.turns", ("role", "Candidate"), ("kind", "Answer")));
        Assert.Equal(1, _capture.Sum(server, "mockinterviewer.turns", ("role", "Interviewer"), ("kind", "Question")));
        Assert.Equal(1, _capture.Sum(server, "mockinterviewer.turns", ("role", "Interviewer"), ("kind", "Closing")));
        Assert.True(_capture.HistogramCount(server, "mockinterviewer.interviewer.first_token") >= 1 + answers);

        server.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var sessionSpans = _capture.SpansOf(started.SessionId);
        Assert.All(sessionSpans.Where(s => s.DisplayName.StartsWith("InterviewHub/", StringComparison.Ordinal)), s => Assert.Equal(default, s.ParentSpanId));
        var spans = sessionSpans.Select(s => s.DisplayName).ToList();
        Assert.Contains("InterviewHub/StartSession", spans);
        Assert.Equal(answers, spans.Count(s => s == "InterviewHub/SubmitAnswer"));
        Assert.Contains("interviewer work", spans);
    }

    [Fact]
    public async Task A_grading_reply_that_never_parses_is_counted_as_a_fallback_to_offline()
    {
        var model = new ScriptedModel(grade: _ => "this is not the json asked for", speak: _ => "Let us go on.");
        using var server = _capture.Server(ScriptedModel.Settings, services =>
        {
            services.AddKeyedSingleton<IChatCompletionService>(ChatModelKeys.Grading, model);
            services.AddKeyedSingleton<IChatCompletionService>(ChatModelKeys.Interviewer, model);
        });
        await using var candidate = await CandidateConnection.ConnectAsync(server);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);

        await candidate.AnswerAsync(started.SessionId, Answer);
        await candidate.NextMessageAsync(2);

        Assert.Equal(1, _capture.Sum(server, "mockinterviewer.model.fallbacks", ("operation", "grading"), ("reason", "unreadable-reply")));
        Assert.Contains(_capture.Points(server, "mockinterviewer.model.duration"), p => p.GetHistogramCount() > 0);
        server.Services.GetRequiredService<TracerProvider>().ForceFlush();
        Assert.Contains(_capture.SpansOf(started.SessionId), s => s.DisplayName == "model grading");
    }

    [Fact]
    public async Task A_session_refused_by_the_rate_limit_is_counted_by_its_limit()
    {
        using var server = _capture.Server(new Dictionary<string, string?> { ["MockInterviewer:Limits:SessionsPerHourPerAddress"] = "1" });
        await using var candidate = await CandidateConnection.ConnectAsync(server);
        await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);

        Assert.Equal("rate-limited", await Refusals.CodeOfAsync(() => candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1)));

        Assert.Equal(1, _capture.Sum(server, "mockinterviewer.rate_limit.rejections", ("limit", "sessions-per-hour")));
    }

    [Fact]
    public async Task What_a_hub_command_logs_carries_its_session_id()
    {
        using var server = _capture.Server();
        await using var candidate = await CandidateConnection.ConnectAsync(server);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await candidate.NextMessageAsync(1);

        Assert.Equal("answer-empty", await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, "   ")));

        var refused = Assert.Single(_capture.Logs, l => l.Message.Contains("answer-empty", StringComparison.Ordinal));
        Assert.Equal(started.SessionId, refused.Scope.GetValueOrDefault("SessionId"));
    }

    [Fact]
    public void Nothing_is_collected_without_an_otlp_endpoint_and_everything_is_with_one()
    {
        using var quiet = new ServerFactory();
        using var exporting = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["MockInterviewer:Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9",
            ["MockInterviewer:Telemetry:ServiceName"] = "mockinterviewer-test",
        });

        Assert.Null(quiet.Services.GetService<TracerProvider>());
        Assert.Null(quiet.Services.GetService<MeterProvider>());
        Assert.NotNull(exporting.Services.GetService<TracerProvider>());
        Assert.NotNull(exporting.Services.GetService<MeterProvider>());
    }
}
