using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Sessions;

/// <summary>The Report of CONTRACT.md section 5 as it travels, with what the report view needs besides.</summary>
public sealed class ReportEndpointTests : IDisposable
{
    private readonly ServerFactory _factory = new();

    [Fact]
    public async Task Report_labels_every_planned_question_and_carries_words_and_usage()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 3);
        await candidate.NextMessageAsync(1);

        await candidate.SkipAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => candidate.Completed.Count(m => m.Kind == "question") == 2);
        var seen = candidate.Completed.Count;
        await candidate.AnswerAsync(started.SessionId,
            "Um, basically I would look at the problem first. Basically I would explain my reasoning step by step.");
        await candidate.WaitUntilAsync(() => candidate.Completed.Count > seen && candidate.Completed.Last().Kind is "question" or "follow-up");
        await candidate.EndAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);

        var report = await ReportAsync(started.SessionId, started.ResumeToken);

        var questions = report.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(["skipped", "answered", "unasked"], questions.Select(q => q.GetProperty("status").GetString()));
        Assert.All(questions, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("modelAnswer").GetString())));
        Assert.Equal(questions[1].GetProperty("assessment").GetProperty("score").GetInt32(), report.GetProperty("overallScore").GetInt32());
        Assert.Equal(JsonValueKind.Array, questions[1].GetProperty("points").ValueKind);
        Assert.Equal(0, questions[1].GetProperty("hintsUsed").GetInt32());
        Assert.Equal(JsonValueKind.Array, report.GetProperty("highlights").ValueKind);
        Assert.Equal(JsonValueKind.Array, report.GetProperty("gaps").ValueKind);

        var words = report.GetProperty("words");
        var fillers = words.GetProperty("fillers").EnumerateArray().ToDictionary(f => f.GetProperty("word").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(2, fillers["basically"]);
        Assert.Equal(1, fillers["um"]);
        Assert.Equal(JsonValueKind.Array, words.GetProperty("mostUsed").ValueKind);
        Assert.True(words.GetProperty("averageAnswerChars").GetInt32() > 0);
        var length = Assert.Single(words.GetProperty("lengths").EnumerateArray());
        Assert.Equal(questions[1].GetProperty("questionId").GetString(), length.GetProperty("questionId").GetString());
        Assert.True(length.GetProperty("targetSeconds").GetInt32() > 0);
        Assert.Equal(length.GetProperty("targetSeconds").GetInt32(), words.GetProperty("targetAnswerSeconds").GetInt32());
        Assert.True(words.GetProperty("averageAnswerSeconds").GetInt32() > 0);

        // Two sentences against a target of a minute or more: the server says it is short, so no client works it out.
        Assert.Equal("too-short", length.GetProperty("verdict").GetString());
        Assert.Equal("too-short", words.GetProperty("averageVerdict").GetString());
        Assert.Empty(words.GetProperty("attempts").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("usage").ValueKind);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> ReportAsync(string sessionId, string token)
    {
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", token);
        return await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{sessionId}/report");
    }
}
