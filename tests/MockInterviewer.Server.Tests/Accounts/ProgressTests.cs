using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Accounts;

/// <summary>Practice over time on a clock the test moves: missed points come due, and a review asks about them first.</summary>
public sealed class ProgressTests : IDisposable
{
    private readonly ShiftedClock _clock = new();
    private readonly ServerFactory _factory;

    public ProgressTests() => _factory = new ServerFactory(services: services => services.AddSingleton<TimeProvider>(_clock));

    [Fact]
    public async Task Points_missed_today_come_due_two_days_later_weakest_first()
    {
        var account = await AccountClient.SignedUpAsync(_factory);
        string sessionId, questionId;
        await using (var candidate = await account.ConnectAsync())
        {
            (sessionId, _, questionId) = await Practising.AnswerOneQuestionAsync(candidate);
        }

        var today = await ProgressAsync(account);
        var score = Assert.Single(today.GetProperty("scores").EnumerateArray());
        Assert.Equal(sessionId, score.GetProperty("sessionId").GetString());
        Assert.Equal("ml-junior", score.GetProperty("track").GetString());
        Assert.InRange(score.GetProperty("score").GetInt32(), 0, 100);
        var points = today.GetProperty("points").EnumerateArray().ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Equal(questionId, p.GetProperty("questionId").GetString()));
        Assert.All(points, p => Assert.Equal(1, p.GetProperty("attempts").GetInt32()));
        var missed = points.Where(p => p.GetProperty("lastStatus").GetString() is "missing" or "incorrect").ToList();
        Assert.NotEmpty(missed);
        Assert.All(missed, p => Assert.True(p.GetProperty("dueAt").GetDateTimeOffset() > _clock.GetUtcNow()));
        Assert.Equal(points.Select(p => p.GetProperty("mastery").GetDouble()).Order(), points.Select(p => p.GetProperty("mastery").GetDouble()));

        _clock.Offset = TimeSpan.FromDays(2);
        var later = await ProgressAsync(account);

        var first = later.GetProperty("points").EnumerateArray().First();
        Assert.Contains(first.GetProperty("lastStatus").GetString(), new[] { "missing", "incorrect" });
        Assert.True(first.GetProperty("dueAt").GetDateTimeOffset() <= _clock.GetUtcNow());
        Assert.Equal(0, first.GetProperty("mastery").GetDouble());
        Assert.Empty((await ProgressAsync(account, "?track=behavioral")).GetProperty("points").EnumerateArray());
    }

    [Fact]
    public async Task Review_session_asks_the_due_points_question_first()
    {
        var account = await AccountClient.SignedUpAsync(_factory);
        await using (var first = await account.ConnectAsync())
        {
            await Practising.AnswerOneQuestionAsync(first);
        }

        _clock.Offset = TimeSpan.FromDays(2);
        var weakest = (await ProgressAsync(account)).GetProperty("points").EnumerateArray().First();
        var due = weakest.GetProperty("questionId").GetString();
        await using var review = await account.ConnectAsync();

        var started = await review.StartAsync(new StartSessionRequest("interview", "ml-junior", "en", 3, null, "after-each") { Focus = "review" });

        await review.WaitUntilAsync(() => review.Completed.Any(m => m.Kind == "question"));
        Assert.Equal(due, review.Completed.First(m => m.Kind == "question").QuestionId);

        // Not the day's spread by chance: the session is a review whose first question aims at the weak point.
        var session = await _factory.Services.GetRequiredService<ISessionStore>().FindAsync(started.SessionId, CancellationToken.None);
        Assert.Equal(InterviewFocus.Review, session!.Settings.Focus);
        Assert.Equal(weakest.GetProperty("pointId").GetString(), session.Questions[0].FocusPoints.First());
    }

    [Fact]
    public async Task Guest_review_is_refused_with_a_code_asking_to_sign_in()
    {
        await using var guest = await CandidateConnection.ConnectAsync(_factory);

        var code = await Refusals.CodeOfAsync(() =>
            guest.StartAsync(new StartSessionRequest("interview", "ml-junior", "en", 3, null, "after-each") { Focus = "review" }));

        Assert.Equal("sign-in-required", code);
    }

    public void Dispose() => _factory.Dispose();

    private static Task<JsonElement> ProgressAsync(AccountClient account, string query = "") =>
        account.Http.GetFromJsonAsync<JsonElement>("/api/me/progress" + query);
}
