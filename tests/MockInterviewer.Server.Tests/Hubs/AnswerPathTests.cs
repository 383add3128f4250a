using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Server.Tests.Support;
using Xunit.Abstractions;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>
/// The answer path under stress, as a script with the SignalR client would push it, on each engine
/// (<see cref="OfflineAnswerPathTests"/>, <see cref="ModelAnswerPathTests"/>).
/// </summary>
/// <param name="server">Makes a server on the engine under test.</param>
public abstract class AnswerPathTests(Func<ServerFactory> server, ITestOutputHelper output) : IDisposable
{
    private const string Answer = "I would split the data into folds, train on the rest and validate on each fold in turn.";
    private const string KoreanAnswer = "교차 검증은 데이터를 여러 폴드로 나눠 검증하는 방법입니다.";
    private static readonly string[] AsksForAnswer = ["question", "follow-up", "hint"];

    private readonly ServerFactory _factory = server();

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Fifty_pipelined_answers_on_one_connection_are_each_stored_after_their_question_or_refused()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 3);
        await candidate.NextMessageAsync(1);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Refusals.OutcomeOfAsync(() => candidate.AnswerAsync(started.SessionId, $"{Answer} ({i})", $"one-{i}"))));

        await AssertOrderlyAsync(started, outcomes);
    }

    [Fact]
    public async Task Answers_from_five_connections_at_once_are_each_stored_after_their_question_or_refused()
    {
        await using var first = await CandidateConnection.ConnectAsync(_factory);
        var started = await first.StartAsync("interview", "en", "ml-junior", questionCount: 3);
        await first.NextMessageAsync(1);
        var connections = new List<CandidateConnection> { first };
        for (var i = 1; i < 5; i++)
        {
            var other = await CandidateConnection.ConnectAsync(_factory);
            await other.JoinAsync(started.SessionId, started.ResumeToken);
            connections.Add(other);
        }

        var outcomes = await Task.WhenAll(connections.SelectMany((connection, c) => Enumerable.Range(0, 10).Select(i =>
            Refusals.OutcomeOfAsync(() => connection.AnswerAsync(started.SessionId, $"{Answer} ({c}.{i})", $"five-{c}-{i}")))));

        await AssertOrderlyAsync(started, outcomes);
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_answer_resent_under_its_id_after_the_connection_died_is_stored_once()
    {
        var first = await CandidateConnection.ConnectAsync(_factory);
        var started = await first.StartAsync("interview", "ko", "ml-junior", questionCount: 2);
        await first.NextMessageAsync(1);

        // Killed with the answer in flight: it may or may not have been stored.
        var inFlight = first.AnswerAsync(started.SessionId, KoreanAnswer, "draft-7");
        await first.DisposeAsync();
        await Task.WhenAny(inFlight);

        await using var second = await CandidateConnection.ConnectAsync(_factory);
        await second.JoinAsync(started.SessionId, started.ResumeToken);
        await second.AnswerAsync(started.SessionId, KoreanAnswer, "draft-7");
        await second.AnswerAsync(started.SessionId, KoreanAnswer, "draft-7");

        var transcript = await SettledTranscriptAsync(started);
        Assert.Single(transcript, t => t.Role == "candidate");
        Assert.Single(transcript, t => t.Kind is "follow-up" or "feedback");
    }

    [Fact]
    public async Task An_answer_exactly_at_the_limit_arrives_whatever_its_characters_cost_in_json()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);

        // Each control character travels as a six-byte \u escape: 4,000 of them are about 24 KB of JSON.
        await candidate.AnswerAsync(started.SessionId, Answer + new string('\u0001', 4000 - Answer.Length), "at-limit");

        var joined = await candidate.JoinAsync(started.SessionId, started.ResumeToken);
        Assert.Equal(Answer, joined.Transcript.Single(t => t.Role == "candidate").Text);
    }

    [Theory]
    [InlineData('가', 7000, "answer-too-long")]
    [InlineData('\u0001', 4001, "answer-too-long")]
    [InlineData('\u0001', 4000, "answer-empty")]
    [InlineData('\u200B', 4000, "answer-empty")]
    public async Task An_answer_past_the_limit_or_of_nothing_is_refused_clearly_and_the_connection_stays(char character, int count, string code)
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "ko", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);

        Assert.Equal(code, await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, new string(character, count))));

        Assert.True(candidate.IsConnected);
        await candidate.HintAsync(started.SessionId);
        Assert.Equal("hint", (await candidate.NextMessageAsync(2)).Kind);
    }

    [Fact]
    public async Task Calls_with_the_wrong_arguments_are_refused_naming_what_the_method_takes()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);

        var wrongType = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync("SubmitAnswer", started.SessionId, 42));
        var tooFew = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync("SubmitAnswer", started.SessionId));
        var wrongShape = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync("StartSession", "interview"));
        var unknown = await Assert.ThrowsAsync<HubException>(() => candidate.InvokeAsync("SubmitAnswers", started.SessionId, Answer));
        var longId = await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, Answer, new string('x', 65)));

        Assert.All([wrongType, tooFew, wrongShape, unknown], e => Assert.Equal("invalid-arguments", Refusals.CodeOf(e)));
        Assert.Contains("SubmitAnswer(sessionId: string, text: string)", wrongType.Message, StringComparison.Ordinal);
        Assert.Contains("SubmitAnswer(sessionId: string, text: string)", tooFew.Message, StringComparison.Ordinal);
        Assert.Contains("StartSession(request: { mode, track, language,", wrongShape.Message, StringComparison.Ordinal);
        Assert.Contains("SubmitAnswerWithId", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("invalid-arguments", longId);
        Assert.True(candidate.IsConnected);
    }

    [Fact]
    public async Task A_huge_id_in_a_request_is_not_echoed_whole()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);

        var refused = await Assert.ThrowsAsync<HubException>(() => candidate.StartAsync("interview", "en", new string('q', 10_000)));

        Assert.Equal("unknown-track", Refusals.CodeOf(refused));
        Assert.Contains(new string('q', 64) + "…", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('q', 65), refused.Message, StringComparison.Ordinal);
    }

    // Every stored answer follows the question (or follow-up, or hint) it answers, on the same question; two
    // follow-ups never come back to back; and every call that did not store an answer was refused as unexpected.
    private async Task AssertOrderlyAsync(StartSessionResult started, string?[] outcomes)
    {
        Assert.All(outcomes.OfType<string>(), code => Assert.Contains(code, new[] { "answer-not-expected", "session-ended" }));
        output.WriteLine($"{outcomes.Length} answers: {outcomes.Count(o => o is null)} stored, " +
            string.Join(", ", outcomes.OfType<string>().GroupBy(c => c).Select(g => $"{g.Count()} {g.Key}")));
        var transcript = await SettledTranscriptAsync(started);

        Assert.Equal(outcomes.Count(o => o is null), transcript.Count(t => t.Role == "candidate"));
        TranscriptEntry? lastInterviewer = null;
        TranscriptEntry? previous = null;
        foreach (var turn in transcript)
        {
            if (turn.Role == "candidate")
            {
                Assert.NotNull(lastInterviewer);
                Assert.Contains(lastInterviewer.Kind, AsksForAnswer);
                Assert.Equal(lastInterviewer.QuestionId, turn.QuestionId);
                Assert.Equal("interviewer", previous!.Role);
            }
            else
            {
                Assert.False(turn.Kind == "follow-up" && previous?.Kind == "follow-up", "Two follow-ups came back to back.");
                lastInterviewer = turn;
            }

            previous = turn;
        }
    }

    // Waits until the interviewer has had its say: the transcript ends asking for an answer, or the interview closed.
    private async Task<IReadOnlyList<TranscriptEntry>> SettledTranscriptAsync(StartSessionResult started)
    {
        await using var observer = await CandidateConnection.ConnectAsync(_factory);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var joined = await observer.JoinAsync(started.SessionId, started.ResumeToken);
            if (joined.Status == "completed" || AsksForAnswer.Contains(joined.Transcript[^1].Kind))
            {
                return joined.Transcript;
            }

            Assert.True(DateTime.UtcNow < deadline, "The interviewer did not finish in time.");
            await Task.Delay(50);
        }
    }
}
