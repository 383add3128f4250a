using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>
/// The interview through the hub, as a client sees it, on each engine (<see cref="OfflineInterviewHubTests"/>,
/// <see cref="ModelInterviewHubTests"/>): so the assertions are about kinds, ids, order and what is stored,
/// never one engine's wording.
/// </summary>
public abstract class InterviewHubTests : IDisposable
{
    private const string ThoroughEnglish =
        "Cross-validation splits the data into k folds and rotates which fold is held out, training on the rest each time. " +
        "It gives a more stable estimate than one train/test split and uses all of the data for both training and validation. " +
        "For classification I use stratified k-fold to keep the class balance, and TimeSeriesSplit for time-ordered data. " +
        "If training scores are high but fold scores vary a lot, that reveals overfitting.";

    private readonly Func<string?, ServerFactory> _servers;
    private readonly ServerFactory _factory;

    /// <param name="servers">A server on the engine under test, on the given data directory (null: a new one).</param>
    protected InterviewHubTests(Func<string?, ServerFactory> servers)
    {
        _servers = servers;
        _factory = servers(null);
    }

    /// <summary>The <c>engine</c> the assessments should name.</summary>
    protected abstract string Engine { get; }

    [Fact]
    public async Task Candidate_completes_a_whole_interview_streamed_and_gets_the_report()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);

        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        Assert.Equal(2, started.TotalQuestions);
        Assert.True(started.ResumeToken.Length >= 43);

        var greeting = await candidate.NextMessageAsync(0);
        var question = await candidate.NextMessageAsync(1);
        Assert.Equal("greeting", greeting.Kind);
        Assert.Equal("question", question.Kind);
        Assert.Equal(0, question.QuestionIndex);
        Assert.Equal(2, question.TotalQuestions);
        Assert.Equal(question.Text, string.Concat(candidate.Deltas.Where(d => d.MessageId == question.MessageId).Select(d => d.Text)));

        var seen = 2;
        while (candidate.Finished.IsEmpty)
        {
            await candidate.AnswerAsync(started.SessionId, "I am not completely sure, but I would start from the basics and explain my reasoning step by step.");
            await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty || AwaitsAnswer(candidate, seen));
            seen = candidate.Completed.Count;
        }

        var kinds = candidate.Completed.Select(m => m.Kind).ToList();
        Assert.Contains("follow-up", kinds);
        Assert.Contains("feedback", kinds);
        Assert.Equal("closing", kinds[^1]);
        Assert.NotEmpty(candidate.Assessed);
        Assert.All(candidate.Completed, m => Assert.Equal(
            m.Text, string.Concat(candidate.Deltas.Where(d => d.MessageId == m.MessageId).Select(d => d.Text))));

        var report = candidate.Finished.Single().Report;
        Assert.Equal(2, report.Questions.Count);
        Assert.All(report.Questions, q => Assert.Equal(Engine, q.Assessment?.Engine));
        Assert.Equal(Engine == "llm", report.Usage is { PromptTokens: > 0, CompletionTokens: > 0 });
        Assert.Equal("en", report.Language);
        Assert.False(string.IsNullOrWhiteSpace(report.Summary));

        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", started.ResumeToken);
        var fetched = await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{started.SessionId}/report");
        Assert.Equal(report.OverallScore, fetched.GetProperty("overallScore").GetInt32());
    }

    [Fact]
    public async Task Answer_is_stored_and_graded_by_the_engine_quoting_only_the_candidates_words()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 15);
        await candidate.NextMessageAsync(1);

        await candidate.AnswerAsync(started.SessionId, ThoroughEnglish);
        await candidate.NextMessageAsync(2);

        var stored = await ReportAsync(started);
        var answered = stored.GetProperty("questions")[0];
        Assert.Equal(ThoroughEnglish, answered.GetProperty("answers")[0].GetString());
        var assessment = answered.GetProperty("assessment");
        Assert.Equal(Engine, assessment.GetProperty("engine").GetString());
        var quotes = assessment.GetProperty("points").EnumerateArray()
            .Select(p => p.GetProperty("evidence").GetString()).OfType<string>().ToList();
        Assert.All(quotes, quote => Assert.Contains(quote, ThoroughEnglish, StringComparison.Ordinal));
        Assert.Equal(Engine, stored.GetProperty("engine").GetString());
    }

    [Fact]
    public async Task Dropped_connection_resumes_with_the_whole_transcript()
    {
        string sessionId, token;
        await using (var first = await CandidateConnection.ConnectAsync(_factory))
        {
            var started = await first.StartAsync("interview", "ko", "ml-junior", questionCount: 3);
            (sessionId, token) = (started.SessionId, started.ResumeToken);
            await first.NextMessageAsync(1);
            await first.AnswerAsync(sessionId, "잘 모르겠어요");
            await first.NextMessageAsync(2);
        }

        await using var second = await CandidateConnection.ConnectAsync(_factory);
        var joined = await second.JoinAsync(sessionId, token);

        Assert.Equal("active", joined.Status);
        Assert.Equal(["greeting", "question", "answer", "hint"], joined.Transcript.Select(t => t.Kind));
        Assert.Equal("잘 모르겠어요", joined.Transcript[2].Text);
        Assert.Equal("candidate", joined.Transcript[2].Role);

        await second.SkipAsync(sessionId);
        var next = await second.NextMessageAsync(0);
        Assert.Equal("question", next.Kind);
        Assert.Equal(1, next.QuestionIndex);
    }

    [Fact]
    public async Task Session_survives_a_server_restart_on_the_same_database()
    {
        string sessionId, token;
        await using (var before = await CandidateConnection.ConnectAsync(_factory))
        {
            var started = await before.StartAsync("behavioral", "en", questionCount: 2);
            (sessionId, token) = (started.SessionId, started.ResumeToken);
            await before.NextMessageAsync(1);
            await before.AnswerAsync(sessionId, "In my last team project, two teammates disagreed about the API design, so I set up a meeting where each explained their reasons and we agreed on a prototype; the result was that we shipped on time.");
            await before.NextMessageAsync(2);
        }

        _factory.Dispose();
        using var restarted = _servers(_factory.DataDirectory);
        await using var after = await CandidateConnection.ConnectAsync(restarted);

        var joined = await after.JoinAsync(sessionId, token);

        Assert.Equal("active", joined.Status);
        Assert.Contains(joined.Transcript, t => t.Role == "candidate" && t.Text.StartsWith("In my last team project", StringComparison.Ordinal));
        await after.EndAsync(sessionId);
        await after.WaitUntilAsync(() => !after.Finished.IsEmpty);
    }

    [Fact]
    public async Task A_connection_cannot_act_on_another_candidates_session()
    {
        await using var alice = await CandidateConnection.ConnectAsync(_factory);
        await using var mallory = await CandidateConnection.ConnectAsync(_factory);
        var aliceSession = await alice.StartAsync("interview", "en", "ai-engineer", questionCount: 2);
        var mallorySession = await mallory.StartAsync("interview", "en", "ai-engineer", questionCount: 2);

        Assert.Equal("not-joined", await Refusals.CodeOfAsync(() => mallory.AnswerAsync(aliceSession.SessionId, "hijack")));
        Assert.Equal("unknown-session", await Refusals.CodeOfAsync(() => mallory.JoinAsync(aliceSession.SessionId, mallorySession.ResumeToken)));
        Assert.Equal("not-joined", await Refusals.CodeOfAsync(() => mallory.EndAsync(aliceSession.SessionId)));

        await alice.NextMessageAsync(1);
        Assert.All(alice.Completed, m => Assert.Equal(aliceSession.SessionId, m.SessionId));
        Assert.All(mallory.Completed, m => Assert.Equal(mallorySession.SessionId, m.SessionId));
    }

    [Fact]
    public async Task Wrong_token_and_unknown_session_answer_the_report_alike()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        var http = _factory.CreateClient();

        http.DefaultRequestHeaders.Add("X-Resume-Token", "not-the-token");
        var wrongToken = await http.GetAsync($"/api/sessions/{started.SessionId}/report");
        var unknown = await http.GetAsync("/api/sessions/0123456789abcdef/report");

        var wrongProblem = await wrongToken.AssertProblemAsync(HttpStatusCode.NotFound);
        var unknownProblem = await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(wrongProblem.GetProperty("title").GetString(), unknownProblem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Oversized_or_empty_answer_is_refused_and_nothing_is_stored()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "ko", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);

        var tooLong = await Assert.ThrowsAsync<HubException>(() => candidate.AnswerAsync(started.SessionId, new string('가', 4001)));
        var empty = await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, "  "));

        Assert.Equal("answer-too-long", Refusals.CodeOf(tooLong));
        Assert.Contains("4000", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal("answer-empty", empty);
        var joined = await candidate.JoinAsync(started.SessionId, started.ResumeToken);
        Assert.DoesNotContain(joined.Transcript, t => t.Role == "candidate");
    }

    [Fact]
    public async Task Join_gives_back_each_score_card_shown_with_the_feedback_it_came_with()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("self-intro", "en");
        await candidate.NextMessageAsync(1);
        await candidate.AnswerAsync(started.SessionId, "Hello, I am Minsu Kim, and I want to join your team as a machine learning engineer.");
        await candidate.WaitUntilAsync(() => candidate.Completed.Any(m => m.Kind == "feedback"));
        await candidate.AnswerAsync(started.SessionId,
            "Hello, I am Minsu Kim, a machine learning engineer. I studied statistics, and in my final project I built a churn model " +
            "that raised recall by 12 percent, which taught me to validate carefully. I would like to bring that care to your team.");
        await candidate.WaitUntilAsync(() => candidate.Completed.Count(m => m.Kind == "feedback") == 2);

        var joined = await candidate.JoinAsync(started.SessionId, started.ResumeToken);

        var feedback = candidate.Completed.Where(m => m.Kind == "feedback").ToList();
        Assert.Equal(feedback.Select(m => m.MessageId), joined.Assessments.Select(a => a.MessageId));
        Assert.Equal(candidate.Assessed.Select(a => a.Assessment.Score), joined.Assessments.Select(a => a.Assessment.Score));
        Assert.All(joined.Assessments, a => Assert.Equal(feedback[0].QuestionId, a.QuestionId));
    }

    [Fact]
    public async Task Join_gives_back_no_score_card_when_feedback_waits_for_the_end()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2, feedback: "at-end");
        await candidate.NextMessageAsync(1);
        await candidate.AnswerAsync(started.SessionId, ThoroughEnglish);
        await candidate.NextMessageAsync(2);

        var joined = await candidate.JoinAsync(started.SessionId, started.ResumeToken);

        Assert.Empty(joined.Assessments);
    }

    [Fact]
    public async Task Nothing_is_accepted_after_the_interview_ends()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("self-intro", "ko");
        await candidate.NextMessageAsync(1);

        await candidate.EndAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);

        Assert.Equal("session-ended", await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, "안녕하세요")));
    }

    [Theory]
    [InlineData("chess", "en", null, "invalid-settings")]
    [InlineData("interview", "en", null, "invalid-settings")]
    [InlineData("interview", "en", "quantum", "unknown-track")]
    [InlineData("interview", "jp", "ml-junior", "unknown-language")]
    public async Task Unknown_mode_track_or_language_is_refused_with_its_code(string mode, string language, string? track, string code)
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);

        Assert.Equal(code, await Refusals.CodeOfAsync(() => candidate.StartAsync(mode, language, track)));
    }

    // The interviewer has finished speaking and its last words ask for an answer.
    private static bool AwaitsAnswer(CandidateConnection candidate, int seen) =>
        candidate.Completed.Count > seen && candidate.Completed.Last().Kind is "question" or "follow-up" or "hint";

    private async Task<JsonElement> ReportAsync(Contracts.Sessions.StartSessionResult started)
    {
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", started.ResumeToken);
        return await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{started.SessionId}/report");
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
