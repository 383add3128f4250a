using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Accounts;

/// <summary>One account never sees another's data: on every /api/me endpoint, the report and the hub.</summary>
public sealed class IsolationTests : IDisposable
{
    private readonly ServerFactory _factory = new();

    [Theory]
    [InlineData("GET", "/api/me/sessions")]
    [InlineData("GET", "/api/me/progress")]
    [InlineData("POST", "/api/me/sessions/claim")]
    [InlineData("DELETE", "/api/me")]
    public async Task Me_without_a_signed_in_candidate_answers_401(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { sessionId = "x", resumeToken = "y" });
        }

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Another_accounts_sessions_progress_and_reports_stay_out_of_sight()
    {
        var (alice, session, token) = await AliceWithASessionAsync();
        var bob = await AccountClient.SignedUpAsync(_factory);

        Assert.Empty((await bob.Http.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray());
        var progress = await bob.Http.GetFromJsonAsync<JsonElement>("/api/me/progress");
        Assert.Empty(progress.GetProperty("scores").EnumerateArray());
        Assert.Empty(progress.GetProperty("points").EnumerateArray());

        var claim = await bob.Http.PostAsJsonAsync("/api/me/sessions/claim", new { sessionId = session, resumeToken = token });
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);

        using var report = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session}/report");
        report.Headers.Add("X-Resume-Token", token);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Http.SendAsync(report)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await bob.Http.DeleteAsync("/api/me")).StatusCode);
        var alicesSessions = await alice.Http.GetFromJsonAsync<JsonElement>("/api/me/sessions");
        Assert.Equal(session, Assert.Single(alicesSessions.EnumerateArray()).GetProperty("sessionId").GetString());
        Assert.NotEmpty((await alice.Http.GetFromJsonAsync<JsonElement>("/api/me/progress")).GetProperty("points").EnumerateArray());
    }

    [Fact]
    public async Task Joining_another_accounts_session_is_refused_even_with_its_token()
    {
        var (alice, session, token) = await AliceWithASessionAsync();
        var bob = await AccountClient.SignedUpAsync(_factory);
        await using var bobs = await bob.ConnectAsync();
        await using var guests = await CandidateConnection.ConnectAsync(_factory);

        Assert.Equal("unknown-session", await Refusals.CodeOfAsync(() => bobs.JoinAsync(session, token)));
        Assert.Equal("unknown-session", await Refusals.CodeOfAsync(() => guests.JoinAsync(session, token)));
        Assert.Equal("not-joined", await Refusals.CodeOfAsync(() => bobs.EndAsync(session)));

        await using var alices = await alice.ConnectAsync();
        var joined = await alices.JoinAsync(session, "");
        Assert.Equal(session, joined.SessionId);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<(AccountClient Alice, string SessionId, string ResumeToken)> AliceWithASessionAsync()
    {
        var alice = await AccountClient.SignedUpAsync(_factory);
        await using var candidate = await alice.ConnectAsync();
        var (session, token, _) = await Practising.AnswerOneQuestionAsync(candidate);
        return (alice, session, token);
    }
}
