using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Server.Accounts;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Tests.Accounts;

/// <summary>Identity through the HTTP API (contract §7): register, sign in with the cookie, claim, sign out, delete.</summary>
public sealed class AccountFlowTests : IDisposable
{
    private readonly ServerFactory _factory = new();

    [Fact]
    public async Task Registered_candidate_signs_in_with_the_cookie_and_sees_their_account()
    {
        var account = await AccountClient.SignedUpAsync(_factory);

        var info = await account.Http.GetFromJsonAsync<JsonElement>("/api/account/manage/info");

        Assert.Equal(account.Email, info.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Password_short_of_Identity_defaults_is_refused_and_a_wrong_one_does_not_sign_in()
    {
        var http = _factory.CreateClient();
        var weak = await http.PostAsJsonAsync("/api/account/register", new { email = "weak@example.com", password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);

        var account = await AccountClient.SignedUpAsync(_factory);
        await account.SignOutAsync();
        var wrong = await account.SignInAsync("Wrong-password-1");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await account.Http.GetAsync("/api/me/sessions")).StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var account = await AccountClient.SignedUpAsync(_factory);
        await account.SignOutAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await account.SignInAsync("Wrong-password-1");
        }

        var right = await account.SignInAsync(AccountClient.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task Session_started_while_signed_in_belongs_to_the_account()
    {
        var account = await AccountClient.SignedUpAsync(_factory);
        await using var candidate = await account.ConnectAsync();
        var started = await candidate.StartAsync("behavioral", "ko", questionCount: 1);

        var sessions = await account.Http.GetFromJsonAsync<JsonElement>("/api/me/sessions");

        var listed = Assert.Single(sessions.EnumerateArray());
        Assert.Equal(started.SessionId, listed.GetProperty("sessionId").GetString());
        Assert.Equal("behavioral", listed.GetProperty("mode").GetString());
        Assert.Equal("behavioral", listed.GetProperty("track").GetString());
        Assert.Equal("ko", listed.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("completedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("overallScore").ValueKind);
    }

    [Fact]
    public async Task Claimed_guest_session_moves_to_the_account_and_its_token_alone_no_longer_opens_it()
    {
        await using var guest = await CandidateConnection.ConnectAsync(_factory);
        var (sessionId, token, _) = await Practising.AnswerOneQuestionAsync(guest);
        var account = await AccountClient.SignedUpAsync(_factory);

        var claim = await account.Http.PostAsJsonAsync("/api/me/sessions/claim", new { sessionId, resumeToken = token });

        Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);
        var sessions = await account.Http.GetFromJsonAsync<JsonElement>("/api/me/sessions");
        var listed = Assert.Single(sessions.EnumerateArray());
        Assert.Equal(sessionId, listed.GetProperty("sessionId").GetString());
        Assert.InRange(listed.GetProperty("overallScore").GetInt32(), 0, 100);

        Assert.Equal(HttpStatusCode.OK, (await account.Http.GetAsync($"/api/sessions/{sessionId}/report")).StatusCode);
        var tokenOnly = _factory.CreateClient();
        tokenOnly.DefaultRequestHeaders.Add("X-Resume-Token", token);
        Assert.Equal(HttpStatusCode.NotFound, (await tokenOnly.GetAsync($"/api/sessions/{sessionId}/report")).StatusCode);
    }

    [Fact]
    public async Task Claim_with_a_wrong_token_is_refused_and_leaves_the_session_a_guests()
    {
        await using var guest = await CandidateConnection.ConnectAsync(_factory);
        var started = await guest.StartAsync("behavioral", "en", questionCount: 1);
        var account = await AccountClient.SignedUpAsync(_factory);

        var claim = await account.Http.PostAsJsonAsync("/api/me/sessions/claim", new { sessionId = started.SessionId, resumeToken = "not-the-token" });

        await claim.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await account.Http.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray());
        await using var again = await CandidateConnection.ConnectAsync(_factory);
        await again.JoinAsync(started.SessionId, started.ResumeToken);
    }

    [Fact]
    public async Task Signed_out_candidate_gets_401_from_me()
    {
        var account = await AccountClient.SignedUpAsync(_factory);
        Assert.Equal(HttpStatusCode.OK, (await account.Http.GetAsync("/api/me/sessions")).StatusCode);

        var signedOut = await account.SignOutAsync();

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await account.Http.GetAsync("/api/me/sessions")).StatusCode);
    }

    [Fact]
    public async Task Deleting_my_data_removes_the_account_and_every_row_of_its_sessions()
    {
        var account = await AccountClient.SignedUpAsync(_factory);
        string sessionId;
        await using (var candidate = await account.ConnectAsync())
        {
            (sessionId, _, _) = await Practising.AnswerOneQuestionAsync(candidate);
        }

        Assert.True(await RowsOfAsync(sessionId) > 0);

        var deleted = await account.Http.DeleteAsync("/api/me");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await account.Http.GetAsync("/api/me/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await account.SignInAsync(AccountClient.Password)).StatusCode);
        Assert.Equal(0, await RowsOfAsync(sessionId));
    }

    [Fact]
    public async Task A_deleted_account_is_signed_out_on_its_other_devices_within_the_stamp_check_interval()
    {
        var clock = new ShiftedClock();
        using var factory = new ServerFactory(services: services => services.AddSingleton<TimeProvider>(clock));
        var laptop = await AccountClient.SignedUpAsync(factory);
        var phone = await AccountClient.SignedInAsync(factory, laptop.Email);
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/api/me/sessions")).StatusCode);

        (await laptop.Http.DeleteAsync("/api/me")).EnsureSuccessStatusCode();
        clock.Offset = AccountExtensions.StampCheckInterval + TimeSpan.FromSeconds(1);

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.Http.GetAsync("/api/me/sessions")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<int> RowsOfAsync(string sessionId)
    {
        var contexts = _factory.Services.GetRequiredService<IDbContextFactory<InterviewDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Sessions.CountAsync(s => s.Id == sessionId)
            + await db.Turns.CountAsync(t => t.SessionId == sessionId)
            + await db.Assessments.CountAsync(a => a.SessionId == sessionId)
            + await db.PointResults.CountAsync(p => p.SessionId == sessionId);
    }
}
