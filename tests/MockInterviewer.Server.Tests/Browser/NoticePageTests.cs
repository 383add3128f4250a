using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>A notice (a word about the session itself) in Chromium: a quiet system line, not the interviewer's speech.</summary>
public sealed partial class NoticePageTests(UnavailableModelBrowserFixture browser) : BrowserTest(browser), IClassFixture<UnavailableModelBrowserFixture>
{
    [Theory]
    [InlineData("ko")]
    [InlineData("en")]
    public async Task A_notice_shows_as_a_quiet_system_line_live_and_after_a_refresh(string language)
    {
        var tab = await NewPageAsync();
        var page = await InterviewPage.OpenAsync(tab);
        await page.StartAsync("interview", language, track: "ml-junior", questionCount: 2);
        await page.FirstQuestionAsync();

        await AssertNoticeAsync(page, language);

        await tab.ReloadAsync();
        await page.FirstQuestionAsync();
        await AssertNoticeAsync(page, language);
    }

    private static async Task AssertNoticeAsync(InterviewPage page, string language)
    {
        var notice = page.ByTestId("notice");
        await Expect(notice).ToHaveCountAsync(1);
        await Expect(notice).ToHaveTextAsync(language == "ko" ? Hangul() : new Regex("^[^가-힣]+$"));
        var message = page.Page.Locator("[data-testid=message]:has([data-testid=notice])");
        await Expect(message).ToHaveAttributeAsync("data-role", "interviewer");
        await Expect(message).ToHaveAttributeAsync("data-kind", "notice");
        await Expect(message).ToHaveTextAsync(await notice.TextContentAsync() ?? "");

        // Not a speech bubble: centred, with no bubble behind it, unlike the interviewer's question.
        Assert.Equal("center", await message.EvaluateAsync<string>("el => getComputedStyle(el).alignSelf"));
        Assert.Equal("rgba(0, 0, 0, 0)", await message.EvaluateAsync<string>("el => getComputedStyle(el).backgroundColor"));
        Assert.Equal("flex-start", await page.Questions.First.EvaluateAsync<string>("el => getComputedStyle(el).alignSelf"));
    }

    [GeneratedRegex("[가-힣]")]
    private static partial Regex Hangul();
}
