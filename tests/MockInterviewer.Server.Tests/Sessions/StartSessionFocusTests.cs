using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Server.JobPostings;
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
    public async Task Job_posting_over_the_limit_is_refused_and_an_empty_one_means_none()
    {
        await using var candidate = await CandidateConnection.ConnectAsync(server.Factory);
        var tooLong = new string('x', JobPostingRules.MaxChars + 1);

        Assert.Equal("job-posting-too-long", await Refusals.CodeOfAsync(() => candidate.StartAsync(Interview with { JobPosting = tooLong })));
        var started = await candidate.StartAsync(Interview with { Focus = "general", JobPosting = "   " });

        Assert.Equal(2, started.TotalQuestions);
    }

    [Fact]
    public async Task Interview_with_a_job_posting_asks_the_best_fitting_question_of_its_track_first()
    {
        const string posting = "MLOps engineer. Requirements: Docker containers, serving models behind a REST API, CI/CD pipelines.";
        var best = server.Factory.Services.GetRequiredService<PostingTailor>().PreferredQuestionIds(posting, "ml-junior");
        Assert.True(best.Count >= 2);
        await using var candidate = await CandidateConnection.ConnectAsync(server.Factory);

        var started = await candidate.StartAsync(Interview with { JobPosting = posting });

        await candidate.WaitUntilAsync(() => candidate.Completed.Any(m => m.Kind == "question"));
        Assert.Equal(best[0], candidate.Completed.First(m => m.Kind == "question").QuestionId);

        // The whole plan follows the posting, not the day's spread by chance.
        var session = await server.Factory.Services.GetRequiredService<ISessionStore>().FindAsync(started.SessionId, CancellationToken.None);
        Assert.Equal(best.Take(2), session!.Questions.Select(q => q.QuestionId));
    }
}
