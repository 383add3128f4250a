using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Server.Sessions;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Sessions;

/// <summary>StartSession's optional <c>focus</c> and <c>jobPosting</c> (contract §4).</summary>
public sealed class StartSessionFocusTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly StartSessionRequest Interview = new("interview", "ml-junior", "en", 2, null, "after-each");

    [Fact]
    public async Task Unknown_focus_is_refused_with_invalid_settings()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(server.Factory);

        var code = await Refusals.CodeOfAsync(() => candidate.StartAsync(Interview with { Focus = "weak-spots" }));

        Assert.Equal("invalid-settings", code);
    }

    [Fact]
    public async Task Job_posting_over_the_limit_is_refused_and_one_within_it_starts_the_interview()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(server.Factory);
        var tooLong = new string('x', SessionSettingsReader.MaxJobPostingChars + 1);

        Assert.Equal("invalid-settings", await Refusals.CodeOfAsync(() => candidate.StartAsync(Interview with { JobPosting = tooLong })));
        var started = await candidate.StartAsync(Interview with { Focus = "general", JobPosting = "MLOps engineer: Docker, REST APIs, CI/CD." });

        Assert.Equal(2, started.TotalQuestions);
    }
}
