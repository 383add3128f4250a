using System.Text.RegularExpressions;
using MockInterviewer.Server.Tests.Faults;
using MockInterviewer.Testing;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>The database locked while the candidate sends: the page says so plainly, keeps the answer, and the resend is stored once.</summary>
public sealed partial class StorageUnavailablePageTests(ShortBusyTimeoutBrowserFixture browser) : BrowserTest(browser), IClassFixture<ShortBusyTimeoutBrowserFixture>
{
    private const string Answer = "과적합은 모델이 학습 데이터의 잡음까지 외워서 새로운 데이터에서 성능이 떨어지는 현상입니다.";

    [Fact]
    public async Task Answer_refused_for_storage_stays_in_the_box_with_a_plain_Korean_sentence_and_is_stored_once_when_sent_again()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync("ko-KR"));
        await page.StartAsync("interview", "ko", track: "ml-junior", questionCount: 2);
        await page.FirstQuestionAsync();

        using (DatabaseLock.Hold(Path.Combine(browser.Server.DataDirectory, "interviews.db")))
        {
            await page.Answer.FillAsync(Answer);
            await page.ByTestId("send").ClickAsync();

            var error = page.Page.Locator("#composer-error");
            await Expect(error).ToBeVisibleAsync();
            await Expect(error).ToHaveTextAsync(Hangul());
            await Expect(page.Answer).ToHaveValueAsync(Answer);
            await Expect(page.CandidateMessages).ToHaveCountAsync(0);
        }

        await page.ByTestId("send").ClickAsync();
        await Expect(page.CandidateMessages).ToHaveCountAsync(1);
        await Expect(page.Answer).ToHaveValueAsync("");
        await Expect(page.Page.Locator("#composer-error")).ToBeHiddenAsync();

        await page.Page.ReloadAsync();
        await Expect(page.CandidateMessages).ToHaveCountAsync(1);
        await Expect(page.CandidateMessages).ToHaveTextAsync(Answer);
    }

    [GeneratedRegex("[가-힣]")]
    private static partial Regex Hangul();
}
