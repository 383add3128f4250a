using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>The small things a first visit notices: the clock after the end, the self-intro form, the tab's icon.</summary>
public sealed class SmallItemsPageTests(BrowserFixture browser) : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private IPage _page = null!;

    public override async Task InitializeAsync() => _page = await NewPageAsync();

    [Fact]
    public async Task Header_clock_stops_and_the_end_button_goes_once_the_interview_ends()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2, timeLimitMinutes: 30);
        await page.FirstQuestionAsync();

        await page.ByTestId("end").ClickAsync();
        await Expect(page.Report).ToBeVisibleAsync();

        var stopped = await page.Timer.TextContentAsync();
        await _page.WaitForTimeoutAsync(2500);
        await Expect(page.Timer).ToHaveTextAsync(stopped!);
        await Expect(page.ByTestId("end")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Self_intro_form_leaves_out_the_question_count_and_feedback_timing()
    {
        var page = await InterviewPage.OpenAsync(_page);

        await page.Field("mode").SelectOptionAsync("self-intro");
        await Expect(page.Field("questionCount")).ToBeHiddenAsync();
        await Expect(page.Field("feedback")).ToBeHiddenAsync();
        await Expect(page.StartForm.GetByText("1–1")).ToBeHiddenAsync();

        await page.Field("mode").SelectOptionAsync("interview");
        await Expect(page.Field("questionCount")).ToBeVisibleAsync();
        await Expect(page.Field("feedback")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Favicon_is_served()
    {
        await InterviewPage.OpenAsync(_page);

        var icon = await _page.APIRequest.GetAsync("/favicon.ico");

        Assert.Equal(200, icon.Status);
        Assert.StartsWith("image/", icon.Headers["content-type"], StringComparison.Ordinal);
        Assert.NotEmpty(await icon.BodyAsync());
    }
}
