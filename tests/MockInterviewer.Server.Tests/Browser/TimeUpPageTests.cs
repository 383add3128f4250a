using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MockInterviewer.Domain.Flow;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>
/// The end of a timed interview: a one-minute warning, then the answer being written goes out, or stays in view.
/// The server's clock and the page's are moved forward together instead of waiting the minutes out; each test
/// starts from the real time, so the tests of this class run one after another on their own server.
/// </summary>
public sealed class TimeUpPageTests(ShiftedClockBrowserFixture browser) : BrowserTest(browser), IClassFixture<ShiftedClockBrowserFixture>
{
    private const string Draft =
        "Overfitting is when a model learns the noise of its training data, so it scores well there and badly on new data. " +
        "I would check it with a validation set and reduce it with";

    private IPage _page = null!;
    private DateTimeOffset _startedAt;

    public override async Task InitializeAsync()
    {
        browser.Clock.Offset = TimeSpan.Zero;
        _page = await NewPageAsync();
    }

    [Fact]
    public async Task Half_typed_answer_is_sent_when_time_is_up_after_a_one_minute_warning()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2, timeLimitMinutes: 2);
        _startedAt = await ServerStartAsync();
        await page.FirstQuestionAsync();
        await page.Answer.FillAsync(Draft);
        await Expect(page.ByTestId("time-warning")).ToBeHiddenAsync();

        await MoveBothClocksAsync(TimeSpan.FromSeconds(65));
        await Expect(page.ByTestId("time-warning")).ToBeVisibleAsync();

        await MoveBothClocksAsync(TimeSpan.FromSeconds(118.5));
        await Expect(page.CandidateMessages).ToHaveTextAsync([Draft]);
        await Expect(page.Answer).ToHaveValueAsync("");

        // The server closes the interview at its deadline; the answer was taken, nothing is left unsent.
        await MoveBothClocksAsync(TimeSpan.FromSeconds(121));
        await Expect(page.Report).ToBeVisibleAsync();
        await Expect(page.ByTestId("unsent-draft")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Answer_the_server_no_longer_takes_at_time_up_is_kept_and_shown_after_the_end()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2, timeLimitMinutes: 2);
        await page.FirstQuestionAsync();
        await page.Answer.FillAsync(Draft);

        // Only the server's clock reaches the deadline: it closes the interview before the page sends anything.
        browser.Clock.Offset = TimeSpan.FromSeconds(121);

        await Expect(page.Report).ToBeVisibleAsync();
        await Expect(page.ByTestId("unsent-draft")).ToBeVisibleAsync();
        await Expect(page.ByTestId("unsent-text")).ToHaveValueAsync(Draft);
        await Expect(page.CandidateMessages).ToHaveCountAsync(0);
    }

    // The clocks are moved from the server's start of the session, whose deadline is the one that counts. The page's
    // clock started a moment earlier (before it asked), so it reaches its time-up first, as it must; on a busy
    // machine the test's own "now" after starting could be seconds past the server's start, past the page's margin.
    private async Task<DateTimeOffset> ServerStartAsync()
    {
        var sessionId = await _page.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('mockInterviewer.session')).sessionId");
        var found = await browser.Server.Services.GetRequiredService<InterviewService>().FindAsync(sessionId, CancellationToken.None);
        return found?.Session.StartedAt ?? throw new InvalidOperationException($"The page's session {sessionId} is not on the server.");
    }

    /// <summary>Moves the server's and the page's clocks to <paramref name="sinceStart"/> after the interview started.</summary>
    private async Task MoveBothClocksAsync(TimeSpan sinceStart)
    {
        browser.Clock.Offset = _startedAt + sinceStart - DateTimeOffset.UtcNow;
        await _page.Clock.SetSystemTimeAsync((_startedAt + sinceStart).UtcDateTime);
    }
}
