using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>The report view of a real four-question interview, in Debian's Chromium.</summary>
public sealed class ReportPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    public const int MaxDesktopHeight = 2500;
    public const int MaxPhoneHeight = 4000;

    // One long answer for every question: its sentences could serve as quotes on several questions at once.
    private const string LongAnswer =
        "Overfitting is when a model learns the noise of the training data instead of the pattern, so it scores well " +
        "on training data and badly on new data. I would check it with a validation set or cross-validation, and reduce " +
        "it with regularization, more data, early stopping or a simpler model. Basically I would also split the data " +
        "into k folds and validate on each fold in turn, and version every model so that I can roll back.";

    private readonly List<string> _pageErrors = [];
    private IPage _page = null!;

    public async Task InitializeAsync() => _page = await browser.NewPageAsync(_pageErrors);

    public async Task DisposeAsync()
    {
        await _page.Context.CloseAsync();
        Assert.Empty(_pageErrors);
    }

    [Fact]
    public async Task Report_of_four_questions_is_short_ranked_and_labels_the_skipped_one()
    {
        await _page.SetViewportSizeAsync(1280, 800);
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 4, feedback: "after-each");
        await page.FirstQuestionAsync();

        // A hint on the first question, the third question skipped, every other question and follow-up answered.
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
                await page.SendAsync(LongAnswer);
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

        await _page.SetViewportSizeAsync(390, 844);
        var phone = await HeightAsync(page.Report);
        output.WriteLine($"report height at 390 px: {phone} px");
        Assert.InRange(phone, 1, MaxPhoneHeight);
        Assert.True(await _page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The report should not scroll sideways at 390 px.");
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
