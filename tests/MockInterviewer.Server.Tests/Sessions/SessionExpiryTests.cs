using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MockInterviewer.Server.Tests.Accounts;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Sessions;

/// <summary>Idle expiry through the running server, its clock faked: the background check runs as the clock moves.</summary>
public sealed class SessionExpiryTests : IDisposable
{
    private const int IdleMinutes = 30;

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ServerFactory _factory;

    public SessionExpiryTests() => _factory = new ServerFactory(
        settings: new Dictionary<string, string?> { ["MockInterviewer:Sessions:IdleTimeoutMinutes"] = $"{IdleMinutes}" },
        services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_idle_guest_interview_closes_and_its_token_opens_nothing_more()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);

        await IdleAsync(started.SessionId, started.ResumeToken);

        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);
        Assert.Equal("session-expired", await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, "Back after the weekend.")));
        await using var later = await CandidateConnection.ConnectAsync(_factory);
        Assert.Equal("unknown-session", await Refusals.CodeOfAsync(() => later.JoinAsync(started.SessionId, started.ResumeToken)));
        Assert.Equal(HttpStatusCode.NotFound, (await ReportAsync(started.SessionId, started.ResumeToken)).StatusCode);
    }

    [Fact]
    public async Task An_expired_interview_stays_in_its_owners_history_with_its_report()
    {
        var account = await AccountClient.SignedUpAsync(_factory);
        await using var candidate = await account.ConnectAsync();
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);
        await candidate.AnswerAsync(started.SessionId, "Cross-validation rotates a held-out fold and trains on the rest.");
        await candidate.NextMessageAsync(2);

        JsonElement mine = default;
        await IdleUntilAsync(async () =>
        {
            mine = Assert.Single((await account.Http.GetFromJsonAsync<JsonElement>("/api/me/sessions")).EnumerateArray());
            return mine.GetProperty("completedAt").ValueKind != JsonValueKind.Null;
        });

        Assert.Equal(started.SessionId, mine.GetProperty("sessionId").GetString());
        var joined = await candidate.JoinAsync(started.SessionId, "");
        Assert.Equal("completed", joined.Status);
        Assert.Single(joined.Transcript, t => t.Role == "candidate");
    }

    [Fact]
    public async Task A_finished_interviews_token_expires_after_the_same_idle_time()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(_factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await candidate.NextMessageAsync(1);
        await candidate.EndAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(started.SessionId, started.ResumeToken)).StatusCode);

        _clock.Advance(TimeSpan.FromMinutes(IdleMinutes - 1));
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(started.SessionId, started.ResumeToken)).StatusCode);

        await IdleAsync(started.SessionId, started.ResumeToken);
    }

    private Task IdleAsync(string sessionId, string token) =>
        IdleUntilAsync(async () => (await ReportAsync(sessionId, token)).StatusCode == HttpStatusCode.NotFound);

    // Moves the clock past the idle time, then a minute at a time as the check runs, until the session shows it expired.
    private async Task IdleUntilAsync(Func<Task<bool>> expired)
    {
        _clock.Advance(TimeSpan.FromMinutes(IdleMinutes + 1));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await expired())
        {
            Assert.True(DateTime.UtcNow < deadline, "The idle session did not expire.");
            _clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
        }
    }

    private Task<HttpResponseMessage> ReportAsync(string sessionId, string token)
    {
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Resume-Token", token);
        return http.GetAsync($"/api/sessions/{sessionId}/report");
    }
}
