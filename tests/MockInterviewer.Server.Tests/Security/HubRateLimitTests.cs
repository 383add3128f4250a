using MockInterviewer.Server.Tests.Accounts;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Security;

public sealed class HubRateLimitTests
{
    [Fact]
    public async Task Sessions_started_past_the_hourly_limit_are_refused_as_rate_limited()
    {
        using var factory = Limited(("SessionsPerHourPerAddress", "2"));
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1);

        var code = await Refusals.CodeOfAsync(() => candidate.StartAsync("interview", "en", "ml-junior", questionCount: 1));

        Assert.Equal("rate-limited", code);
    }

    [Fact]
    public async Task A_signed_in_account_has_its_own_budget_beside_its_address()
    {
        using var factory = Limited(("SessionsPerHourPerAccount", "1"));
        var account = await AccountClient.SignedUpAsync(factory);
        await using var signedIn = await account.ConnectAsync();
        await signedIn.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await using var guest = await CandidateConnection.ConnectAsync(factory);

        var code = await Refusals.CodeOfAsync(() => signedIn.StartAsync("interview", "en", "ml-junior", questionCount: 1));
        var guestSession = await guest.StartAsync("interview", "en", "ml-junior", questionCount: 1);

        Assert.Equal("rate-limited", code);
        Assert.False(string.IsNullOrEmpty(guestSession.SessionId));
    }

    [Fact]
    public async Task Answers_past_the_limit_per_minute_are_refused_and_not_stored()
    {
        using var factory = Limited(("AnswersPerMinutePerAddress", "1"));
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 3);
        await candidate.NextMessageAsync(1);
        await candidate.AnswerAsync(started.SessionId, "Cross-validation rotates a held-out fold.", "first");

        var code = await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, "A second answer too soon.", "second"));

        Assert.Equal("rate-limited", code);
        var joined = await candidate.JoinAsync(started.SessionId, started.ResumeToken);
        Assert.Single(joined.Transcript, turn => turn.Role == "candidate");
    }

    [Fact]
    public async Task Sessions_open_at_once_from_one_address_are_capped_until_a_connection_closes()
    {
        using var factory = Limited(("ConcurrentSessionsPerAddress", "1"));
        var first = await CandidateConnection.ConnectAsync(factory);
        await first.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await using var second = await CandidateConnection.ConnectAsync(factory);

        var code = await Refusals.CodeOfAsync(() => second.StartAsync("interview", "en", "ml-junior", questionCount: 1));
        await first.DisposeAsync();
        await FreedSeat.StartOnceFreedAsync(second);

        Assert.Equal("rate-limited", code);
    }

    [Fact]
    public async Task The_global_cap_counts_every_address()
    {
        using var factory = Limited(("MaxOpenSessions", "1"));
        await using var first = await CandidateConnection.ConnectAsync(factory);
        await first.StartAsync("interview", "en", "ml-junior", questionCount: 1);
        await using var second = await CandidateConnection.ConnectAsync(factory);

        var code = await Refusals.CodeOfAsync(() => second.StartAsync("interview", "en", "ml-junior", questionCount: 1));

        Assert.Equal("rate-limited", code);
    }

    private static ServerFactory Limited(params (string Key, string Value)[] limits) =>
        new(settings: limits.ToDictionary(l => $"MockInterviewer:Limits:{l.Key}", l => (string?)l.Value));
}
