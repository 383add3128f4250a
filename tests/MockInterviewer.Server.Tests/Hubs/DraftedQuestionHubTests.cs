using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>
/// An interview with a job posting, on the scripted model behind the loopback server: the model drafts a question
/// the bank lacks, the interview asks it, the model grades it, and it survives a restart; a drafted answer the model
/// cannot grade is kept ungraded, never graded offline.
/// </summary>
public sealed class DraftedQuestionHubTests
{
    private const string Posting = """
        [주요 업무]
        - Docker로 모델을 컨테이너화하고 REST API로 서빙
        - Kafka 기반 실시간 피처 파이프라인 구축
        """;

    private const string DraftedAnswer = "Each consumer in the group owns some of the partitions. When a consumer leaves, the group rebalances them.";

    // A grading request: structured output, about a delimited answer (the voice's prompts delimit answers too, but stream).
    private static bool IsGrading(RecordedRequest request) =>
        request.Body.Contains("CANDIDATE ANSWER", StringComparison.Ordinal) && request.Body.Contains("response_format", StringComparison.Ordinal);

    private static StartSessionRequest WithPosting(string language = "en") =>
        new("interview", "ml-junior", language, QuestionCount: 2, TimeLimitMinutes: null, Feedback: "after-each") { JobPosting = Posting };

    /// <summary>Starts the interview and skips the bank's opening question: the drafted question follows it.</summary>
    private static async Task<(StartSessionResult Started, Contracts.Hub.MessageCompletedEvent Drafted)> AtTheDraftAsync(CandidateConnection candidate)
    {
        var started = await candidate.StartAsync(WithPosting());
        var opening = await candidate.NextMessageAsync(1);
        Assert.Equal(("question", false), (opening.Kind, opening.Drafted));
        await candidate.SkipAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => candidate.Completed.Any(m => m.Kind == "question" && m.QuestionIndex == 1));
        return (started, candidate.Completed.Single(m => m.Kind == "question" && m.QuestionIndex == 1));
    }

    [Fact]
    public async Task The_drafted_question_is_asked_graded_by_the_model_kept_across_a_restart_and_reported()
    {
        await using var model = new ScriptedModelServer();
        string sessionId, token, draftedId;
        var first = new ServerFactory(settings: model.Settings);
        await using (var before = await CandidateConnection.ConnectAsync(first))
        {
            var (started, drafted) = await AtTheDraftAsync(before);
            (sessionId, token, draftedId) = (started.SessionId, started.ResumeToken, drafted.QuestionId!);
            Assert.True(drafted.Drafted);
            Assert.StartsWith("drafted:", draftedId, StringComparison.Ordinal);
            Assert.EndsWith(ScriptedModelServer.DraftedText, drafted.Text, StringComparison.Ordinal);
        }

        var draftingPrompt = model.Loopback.Requests.Select(r => r.Body).Single(b => b.Contains("JOB POSTING", StringComparison.Ordinal));
        Assert.Contains("English", draftingPrompt, StringComparison.Ordinal);
        first.Dispose();

        using var restarted = new ServerFactory(first.DataDirectory, model.Settings);
        await using var after = await CandidateConnection.ConnectAsync(restarted);
        var joined = await after.JoinAsync(sessionId, token);

        Assert.Equal(draftedId, joined.CurrentQuestionId);
        var asked = joined.Transcript.Single(t => t.Kind == "question" && t.QuestionId == draftedId);
        Assert.True(asked.Drafted);
        Assert.DoesNotContain(joined.Transcript, t => t.Kind == "question" && t.QuestionId != draftedId && t.Drafted);

        var gradingRequests = model.Loopback.Requests.Count(IsGrading);
        await after.AnswerAsync(sessionId, DraftedAnswer);
        await after.WaitUntilAsync(() => !after.Finished.IsEmpty);

        Assert.Equal(gradingRequests + 1, model.Loopback.Requests.Count(IsGrading));
        var assessed = Assert.Single(after.Assessed);
        Assert.Equal((draftedId, "llm"), (assessed.QuestionId, assessed.Assessment.Engine));
        Assert.Equal(ScriptedModelServer.DraftedPoints, assessed.Assessment.Points.Count);
        Assert.Contains(assessed.Assessment.Points, p => p.Status == "covered");

        var report = after.Finished.Single().Report;
        var reported = report.Questions.Single(q => q.QuestionId == draftedId);
        Assert.True(reported.Drafted);
        Assert.Equal(ScriptedModelServer.DraftedText, reported.Text);
        Assert.Equal([DraftedAnswer], reported.Answers);
        Assert.Equal("llm", reported.Assessment?.Engine);
        Assert.Null(reported.NotGraded);
        Assert.False(string.IsNullOrWhiteSpace(reported.CategoryTitle));
        Assert.False(report.Questions.Single(q => q.QuestionId != draftedId).Drafted);

        var http = restarted.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", token);
        var fetched = await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{sessionId}/report");
        var fetchedDraft = fetched.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("questionId").GetString() == draftedId);
        Assert.True(fetchedDraft.GetProperty("drafted").GetBoolean());
        Assert.Equal(reported.Assessment!.Score, fetchedDraft.GetProperty("assessment").GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task A_drafted_answer_the_model_cannot_grade_is_kept_ungraded_and_the_interview_goes_on()
    {
        await using var model = new ScriptedModelServer();
        var scripted = model.Loopback.Responder!;
        model.Loopback.Responder = request => IsGrading(request)
            ? LoopbackReply.Json("The candidate did rather well, I would say.")
            : scripted(request);
        using var server = new ServerFactory(settings: model.Settings);
        await using var candidate = await CandidateConnection.ConnectAsync(server);
        var (started, drafted) = await AtTheDraftAsync(candidate);

        await candidate.AnswerAsync(started.SessionId, DraftedAnswer);
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);

        Assert.Empty(candidate.Assessed);
        Assert.DoesNotContain(candidate.Errors, e => e.Code == "grading-failed");
        Assert.Equal("closing", candidate.Completed.Last().Kind);
        var reported = candidate.Finished.Single().Report.Questions.Single(q => q.QuestionId == drafted.QuestionId);
        Assert.True(reported.Drafted);
        Assert.Null(reported.Assessment);
        Assert.Equal("answered", reported.Status);
        Assert.Equal([DraftedAnswer], reported.Answers);
        Assert.Equal("unreadable-reply", reported.NotGraded);
        Assert.False(string.IsNullOrWhiteSpace(reported.NotGradedMessage));
        Assert.Equal(0, candidate.Finished.Single().Report.OverallScore);
    }

    [Fact]
    public async Task Without_a_model_the_interview_with_a_posting_asks_the_bank_only()
    {
        using var server = new ServerFactory();
        await using var candidate = await CandidateConnection.ConnectAsync(server);

        var started = await candidate.StartAsync(WithPosting("ko"));
        await candidate.NextMessageAsync(1);
        await candidate.SkipAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => candidate.Completed.Any(m => m.Kind == "question" && m.QuestionIndex == 1));

        Assert.All(candidate.Completed, m => Assert.False(m.Drafted));
        Assert.DoesNotContain(candidate.Completed, m => m.QuestionId?.StartsWith("drafted:", StringComparison.Ordinal) == true);
    }
}
