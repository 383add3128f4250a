using System.Net.Http.Json;
using Microsoft.Playwright;
using MockInterviewer.Contracts.Questions;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>
/// Practice over time in Debian's Chromium: an account, its history, trend and mastery, a review days later (the
/// server's clock moved on), and a guest's sessions claimed on sign-in.
/// </summary>
public sealed class PracticePageTests(ShiftedClockBrowserFixture browser) : BrowserTest(browser), IClassFixture<ShiftedClockBrowserFixture>
{
    private const string Password = "Practice-2026!";
    private const string WeakAnswer = "I am not sure, I would look it up.";
    private static readonly System.Text.RegularExpressions.Regex Hangul = new("[가-힣]");

    [Fact]
    public async Task A_new_account_sees_both_interviews_the_trend_and_its_weak_point_then_reviews_it_two_days_later()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync());
        await SignUpAsync(page);
        await Expect(page.ByTestId("review-why")).ToBeVisibleAsync();

        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 1);
        var weakQuestion = await page.FirstQuestionAsync();
        await FinishAsync(page, WeakAnswer);

        var answers = await AnswersByQuestionAsync();
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 1);
        var second = await page.FirstQuestionAsync();
        await FinishAsync(page, answers.FirstOrDefault(a => second.Contains(a.Key, StringComparison.Ordinal)).Value ?? WeakAnswer);

        await Expect(page.ByTestId("history").GetByTestId("history-item")).ToHaveCountAsync(2);
        await Expect(page.ByTestId("trend-chart").Locator("svg[data-kind=track] circle")).ToHaveCountAsync(2);
        var points = page.ByTestId("mastery").GetByTestId("mastery-point");
        await Expect(points.First).ToBeVisibleAsync();
        var weakest = await points.First.GetByTestId("mastery-question").TextContentAsync() ?? "";
        Assert.Contains(weakest.Trim(), weakQuestion, StringComparison.Ordinal);

        // A posting's fit, previewed in the start form: ranked questions, each with the words that matched.
        await page.Field("jobPosting").FillAsync("MLOps engineer: Docker, Kubernetes, REST APIs, CI/CD pipelines, model serving.");
        await page.ByTestId("preview-fit").ClickAsync();
        await Expect(page.ByTestId("plan-question").First.GetByTestId("plan-why")).ToBeVisibleAsync();
        await page.Field("jobPosting").FillAsync("");

        browser.Clock.Offset = TimeSpan.FromDays(2);
        await page.Page.ReloadAsync();
        await Expect(page.ByTestId("mastery").GetByTestId("mastery-point").First).ToBeVisibleAsync();
        await page.ByTestId("start-review").ClickAsync();
        await Expect(page.StartForm).ToBeHiddenAsync();
        Assert.Contains(weakest.Trim(), await page.FirstQuestionAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guests_interview_joins_the_account_on_sign_in_and_its_report_opens_from_the_history()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync());
        await Expect(page.ByTestId("start-review")).ToBeDisabledAsync();
        await Expect(page.ByTestId("review-why")).ToBeVisibleAsync();
        await Expect(page.ByTestId("history")).ToBeHiddenAsync();

        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 1);
        await page.FirstQuestionAsync();
        await FinishAsync(page, WeakAnswer);
        await SignUpAsync(page);

        var items = page.ByTestId("history").GetByTestId("history-item");
        await Expect(items).ToHaveCountAsync(1);
        await items.First.ClickAsync();
        await Expect(page.Report).ToBeVisibleAsync();
        await Expect(page.Report.GetByTestId("report-question")).ToHaveCountAsync(1);

        await page.Page.Locator("#report-new").ClickAsync();
        await page.ByTestId("delete-account").ClickAsync();
        await page.ByTestId("confirm-delete-accept").ClickAsync();
        await Expect(page.ByTestId("sign-in").GetByTestId("register")).ToBeVisibleAsync();
        await Expect(page.ByTestId("history")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Refused_sign_ups_and_sign_ins_are_told_in_the_candidates_language()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync("ko-KR"));
        var form = page.ByTestId("sign-in");
        var error = form.GetByTestId("account-error");
        var email = $"candidate-{Guid.NewGuid():N}@example.com";

        await form.Locator("input[type=email]").FillAsync(email);
        await form.Locator("input[type=password]").FillAsync("abc");
        await form.GetByTestId("register").ClickAsync();
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToHaveTextAsync(Hangul);
        await Expect(form.GetByTestId("signed-in-as")).ToBeHiddenAsync();

        await SignUpAsync(page, email);
        await form.GetByTestId("sign-out").ClickAsync();
        await form.Locator("input[type=email]").FillAsync(email);
        await form.Locator("input[type=password]").FillAsync(Password + "x");
        await form.GetByTestId("sign-in-submit").ClickAsync();
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToHaveTextAsync(Hangul);
        await Expect(error).Not.ToContainTextAsync("Failed");
    }

    private static async Task SignUpAsync(InterviewPage page, string? email = null)
    {
        var form = page.ByTestId("sign-in");
        await form.Locator("input[type=email]").FillAsync(email ?? $"candidate-{Guid.NewGuid():N}@example.com");
        await form.Locator("input[type=password]").FillAsync(Password);
        await form.GetByTestId("register").ClickAsync();
        await Expect(form.GetByTestId("signed-in-as")).ToBeVisibleAsync();
    }

    /// <summary>Answers the one question, ends the interview if a follow-up came, and returns to the start form.</summary>
    private static async Task FinishAsync(InterviewPage page, string answer)
    {
        var asked = await page.Asking.CountAsync();
        await page.SendAsync(answer);
        await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);
        if (!await page.Report.IsVisibleAsync())
        {
            await page.ByTestId("end").ClickAsync();
        }

        await Expect(page.Report).ToBeVisibleAsync();
        await page.Page.Locator("#report-new").ClickAsync();
        await Expect(page.StartForm).ToBeVisibleAsync();
    }

    private async Task<Dictionary<string, string>> AnswersByQuestionAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Server.BaseUrl) };
        var questions = await http.GetFromJsonAsync<List<QuestionDto>>("/api/questions?track=ml-junior&lang=en");
        return questions!.ToDictionary(q => q.Text, q => string.Join(" ", q.ReferencePoints.Select(p => p.Text.TrimEnd('.') + ".")));
    }
}
