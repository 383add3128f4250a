using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using MockInterviewer.Contracts.Questions;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>The report view of a real four-question interview, in Debian's Chromium.</summary>
public sealed class ReportPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    public const int MaxDesktopHeight = 2500;
    public const int MaxPhoneHeight = 4000;

    // Said on every question, so that one sentence could be quoted on several questions at once.
    private const string SharedSentence = "Basically I keep it simple, measure it, and check the result on data the model has not seen.";

    [Fact]
    public async Task A_report_with_nothing_graded_does_not_say_every_point_was_covered()
    {
        await using var tab = await PageUnderTest.OpenAsync(browser);
        var page = await InterviewPage.OpenAsync(tab.Page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 1, feedback: "after-each");
        await page.FirstQuestionAsync();

        await page.ByTestId("skip").ClickAsync();

        await Expect(page.Report).ToBeVisibleAsync();
        await Expect(page.Report.Locator(".report-list.improvements")).ToContainTextAsync("No answer was graded");
        await Expect(page.Report).Not.ToContainTextAsync("you covered every key point");
    }

    [Fact]
    public async Task Report_of_four_questions_is_short_ranked_and_labels_the_skipped_one()
    {
        await using var tab = await PageUnderTest.OpenAsync(browser);
        await tab.Page.SetViewportSizeAsync(1280, 800);
        var page = await InterviewPage.OpenAsync(tab.Page);
        var answers = await AnswersByQuestionAsync();
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 4, feedback: "after-each");
        await page.FirstQuestionAsync();

        // A hint on the first question, the third question skipped, every other question and follow-up answered
        // with the question's reference points (so the answers earn quotes), the follow-ups repeating the answer.
        await AskHintAsync(page);
        for (var turn = 0; turn < 16 && !await page.Report.IsVisibleAsync(); turn++)
        {
            var asked = await page.Asking.CountAsync();
            var latest = await page.Asking.Last.GetAttributeAsync("data-kind");
            if (latest == "question" && await page.Questions.CountAsync() == 3)
            {
                await page.ByTestId("skip").ClickAsync();
            }
            else
            {
                var question = await page.Questions.Last.TextContentAsync() ?? "";
                await page.SendAsync(answers.First(a => question.Contains(a.Key, StringComparison.Ordinal)).Value);
            }

            await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);
        }

        await Expect(page.Report).ToBeVisibleAsync();
        var desktop = await HeightAsync(page.Report);
        output.WriteLine($"report height at 1280 px: {desktop} px");
        var cards = page.Report.GetByTestId("report-question");
        await Expect(cards).ToHaveCountAsync(4);

        // Cards are collapsed, and the whole report fits the height budget on a desktop.
        Assert.Equal(0, await page.Report.Locator("details[open]").CountAsync());
        Assert.InRange(desktop, 1, MaxDesktopHeight);

        // Each quote once in the whole report.
        var quotes = await page.Report.Locator("q").AllTextContentsAsync();
        Assert.NotEmpty(quotes);
        Assert.Equal(quotes.Count, quotes.Select(q => q.Trim()).Distinct(StringComparer.Ordinal).Count());

        // The skipped question is labelled and left out of the average.
        var statuses = await cards.EvaluateAllAsync<string[]>("els => els.map(el => el.dataset.status)");
        Assert.Equal(["answered", "answered", "skipped", "answered"], statuses);
        await Expect(cards.Nth(2).Locator(".rq-status")).Not.ToBeEmptyAsync();
        var scores = await cards.EvaluateAllAsync<string[]>("els => els.filter(el => el.dataset.status === 'answered').map(el => el.dataset.score)");
        var mean = (int)Math.Round(scores.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Average(), MidpointRounding.AwayFromZero);
        await Expect(page.Report.GetByTestId("overall-score")).ToHaveTextAsync(mean.ToString(CultureInfo.InvariantCulture));

        // The hint is labelled on its question; a card opens to the model answer.
        await Expect(cards.First.Locator(".rq-hints")).ToHaveCountAsync(1);
        await cards.First.Locator("summary").First.ClickAsync();
        await Expect(cards.First.Locator(".model-answer")).ToBeVisibleAsync();
        await cards.First.Locator("summary").First.ClickAsync();

        await tab.Page.SetViewportSizeAsync(390, 844);
        var phone = await HeightAsync(page.Report);
        output.WriteLine($"report height at 390 px: {phone} px");
        Assert.InRange(phone, 1, MaxPhoneHeight);
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The report should not scroll sideways at 390 px.");
    }

    /// <summary>For each question of the track, an answer made of its reference points and the shared sentence.</summary>
    private async Task<Dictionary<string, string>> AnswersByQuestionAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Server.BaseUrl) };
        var questions = await http.GetFromJsonAsync<List<QuestionDto>>("/api/questions?track=ml-junior&lang=en");
        return questions!.ToDictionary(
            q => q.Text,
            q => string.Join(" ", q.ReferencePoints.Select(p => p.Text.TrimEnd('.') + ".").Prepend(SharedSentence)));
    }

    private static async Task AskHintAsync(InterviewPage page)
    {
        var asked = await page.Asking.CountAsync();
        await page.ByTestId("hint").ClickAsync();
        await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);
    }

    private static async Task<int> HeightAsync(ILocator element) =>
        await element.EvaluateAsync<int>("el => Math.round(el.getBoundingClientRect().height)");
}
