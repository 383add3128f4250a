using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>
/// The database locked, read-only or deleted under a running server: the candidate hears storage-unavailable (not
/// a stall, not "an unexpected error"), the rest of the server keeps answering, /readyz says not ready, and once
/// the database is back the answer sent again is stored once, with no gap and no duplicate in the transcript.
/// </summary>
public sealed class StorageFaultTests
{
    private const string Answer = "Overfitting is when the model learns noise in the training data and does worse on new data.";

    [Fact]
    public async Task Locked_database_refuses_writes_as_unavailable_while_the_rest_answers_and_the_answer_sent_again_is_stored_once()
    {
        using var factory = SqliteFaults.Factory();
        var http = factory.CreateClient();
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        var started = await StartAndHearQuestionAsync(candidate);

        using (DatabaseLock.Hold(SqliteFaults.DatabasePath(factory)))
        {
            Assert.Equal("storage-unavailable", await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, Answer, "answer-1")));
            Assert.Equal("storage-unavailable", await Refusals.CodeOfAsync(() => candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2)));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/tracks")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
            await AssertNotReadyAsync(http);

            // Reads do not wait for the lock (WAL): the candidate can still rejoin and see the transcript.
            Assert.Equal(2, (await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript.Count);
        }

        await AnswerAgainAndAssertStoredOnceAsync(factory, candidate, started);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Read_only_database_refuses_writes_as_unavailable_and_nothing_is_lost_once_it_is_writable_again()
    {
        var readOnly = new ReadOnlySwitch();
        using var factory = SqliteFaults.Factory(readOnly);
        var http = factory.CreateClient();
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        var started = await StartAndHearQuestionAsync(candidate);

        readOnly.Set(true);
        Assert.Equal("storage-unavailable", await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, Answer, "answer-1")));
        Assert.Equal("storage-unavailable", await Refusals.CodeOfAsync(() => candidate.HintAsync(started.SessionId)));
        await AssertNotReadyAsync(http);
        readOnly.Set(false);

        await AnswerAgainAndAssertStoredOnceAsync(factory, candidate, started);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Deleted_database_file_is_noticed_writes_are_refused_rather_than_lost_and_the_server_is_not_ready()
    {
        using var factory = SqliteFaults.Factory();
        var http = factory.CreateClient();
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        var started = await StartAndHearQuestionAsync(candidate);

        File.Delete(SqliteFaults.DatabasePath(factory));

        Assert.Equal("storage-unavailable", await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, Answer, "answer-1")));
        Assert.Equal("storage-unavailable", await Refusals.CodeOfAsync(() => candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2)));
        await AssertNotReadyAsync(http);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
        Assert.False(File.Exists(SqliteFaults.DatabasePath(factory)), "No empty database was made in its place.");
    }

    [Fact]
    public async Task A_report_the_database_cannot_read_answers_503_with_retry_after_and_the_code()
    {
        using var factory = SqliteFaults.Factory();
        var http = factory.CreateClient();
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        var started = await StartAndHearQuestionAsync(candidate);
        File.Delete(SqliteFaults.DatabasePath(factory));
        await AssertNotReadyAsync(http);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{started.SessionId}/report");
        request.Headers.Add("X-Resume-Token", started.ResumeToken);
        var response = await http.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("storage-unavailable", problem.GetProperty("code").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static async Task<StartSessionResult> StartAndHearQuestionAsync(CandidateConnection candidate)
    {
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);
        return started;
    }

    private static async Task AssertNotReadyAsync(HttpClient http)
    {
        var response = await http.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["store"], body.RootElement.GetProperty("failing").EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task AnswerAgainAndAssertStoredOnceAsync(ServerFactory factory, CandidateConnection candidate, StartSessionResult started)
    {
        var heard = candidate.Completed.Count;
        await candidate.AnswerAsync(started.SessionId, Answer, "answer-1");
        await candidate.AnswerAsync(started.SessionId, Answer, "answer-1");
        await candidate.NextMessageAsync(heard);

        var transcript = await factory.Services.GetRequiredService<ISessionStore>().TranscriptAsync(started.SessionId, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, transcript.Count), transcript.Select(t => t.Sequence));
        Assert.Single(transcript, t => t.Role == Role.Candidate);
        Assert.Equal(Answer, transcript.Single(t => t.Role == Role.Candidate).Text);
    }
}
