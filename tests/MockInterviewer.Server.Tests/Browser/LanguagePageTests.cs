using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>The page speaks the candidate's language: the browser's until they pick one, and the server's refusals too.</summary>
public sealed partial class LanguagePageTests(BrowserFixture browser) : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("en-US", "en", "Start interview")]
    [InlineData("ko-KR", "ko", "면접 시작")]
    [InlineData("ja-JP", "en", "Start interview")]
    public async Task Page_follows_the_browsers_language(string locale, string language, string startLabel)
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync(locale));

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(page.ByTestId("start")).ToHaveTextAsync(startLabel);
        await Expect(page.Field("language")).ToHaveValueAsync(language);
    }

    [Fact]
    public async Task Language_the_candidate_picks_is_kept_over_the_browsers()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync("en-US"));
        await page.Field("language").SelectOptionAsync("ko");
        await Expect(page.ByTestId("start")).ToHaveTextAsync("면접 시작");

        await page.Page.ReloadAsync();

        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await Expect(page.ByTestId("start")).ToHaveTextAsync("면접 시작");
    }

    [Fact]
    public async Task Over_long_answer_is_refused_in_Korean_on_the_Korean_page_and_stays_in_the_box()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync("ko-KR"));
        await page.StartAsync("interview", "ko", track: "ml-junior", questionCount: 2);
        await page.FirstQuestionAsync();
        var maxLength = int.Parse(await page.Answer.GetAttributeAsync("maxlength") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(4000, maxLength);

        // maxlength stops typing, not a value set by script (or a limit lowered since): the server's refusal is the last word.
        var tooLong = new string('가', maxLength + 1);
        await page.Answer.EvaluateAsync("(el, text) => { el.value = text; el.dispatchEvent(new Event('input')); }", tooLong);
        await page.ByTestId("send").ClickAsync();

        var error = page.Page.Locator("#composer-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToHaveTextAsync(Hangul());
        await Expect(error).Not.ToContainTextAsync("characters");
        await Expect(page.Answer).ToHaveValueAsync(tooLong);
        await Expect(page.CandidateMessages).ToHaveCountAsync(0);
    }

    [GeneratedRegex("[가-힣]")]
    private static partial Regex Hangul();
}
