using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>Nothing the candidate typed or was shown goes missing: a refresh, a stray click on "new interview".</summary>
public sealed class NothingLostPageTests(BrowserFixture browser) : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private const string Introduction =
        "Hello, I am Minsu Kim, a machine learning engineer. I studied statistics, and in my final project I built a churn " +
        "model that raised recall by 12 percent, which taught me to validate carefully. I would like to bring that care to your team.";

    private IPage _page = null!;

    public override async Task InitializeAsync() => _page = await NewPageAsync();

    [Fact]
    public async Task Half_typed_answer_survives_a_refresh()
    {
        const string draft = "Cross-validation splits the data into folds and";
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2);
        await page.FirstQuestionAsync();
        await page.Answer.PressSequentiallyAsync(draft);

        await _page.ReloadAsync();

        await Expect(page.Questions).ToHaveCountAsync(1);
        await Expect(page.Answer).ToHaveValueAsync(draft);
        await Expect(page.Answer).ToBeEnabledAsync();
    }

    [Fact]
    public async Task Score_cards_survive_a_refresh_where_they_stood()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("self-intro", "en");
        await page.FirstQuestionAsync();
        await page.SendAsync(Introduction);
        await Expect(page.Feedback).ToHaveCountAsync(1);
        await Expect(page.Assessments).ToHaveCountAsync(1);
        var before = await ChatOrderAsync();

        await _page.ReloadAsync();

        await Expect(page.Assessments).ToHaveCountAsync(1);
        Assert.Equal(before, await ChatOrderAsync());
    }

    [Fact]
    public async Task New_interview_during_a_running_one_asks_first()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2);
        await page.FirstQuestionAsync();
        var dialog = page.ByTestId("confirm-dialog");

        await page.ByTestId("new-interview").ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await page.ByTestId("confirm-cancel").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.StartForm).ToBeHiddenAsync();
        await Expect(page.Questions).ToHaveCountAsync(1);

        await page.ByTestId("new-interview").ClickAsync();
        await page.ByTestId("confirm-accept").ClickAsync();

        await Expect(page.StartForm).ToBeVisibleAsync();
        await Expect(page.Messages).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task New_interview_after_the_report_needs_no_confirmation()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 1);
        await page.FirstQuestionAsync();
        await page.ByTestId("end").ClickAsync();
        await Expect(page.Report).ToBeVisibleAsync();

        await page.ByTestId("new-interview").ClickAsync();

        await Expect(page.StartForm).ToBeVisibleAsync();
        await Expect(page.ByTestId("confirm-dialog")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Hint_button_turns_off_when_the_hints_run_out_and_the_draft_stays()
    {
        const string draft = "I think it has to do with";
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2);
        await page.FirstQuestionAsync();
        await page.Answer.FillAsync(draft);
        var hints = _page.Locator("[data-testid=message][data-role=interviewer][data-kind=hint]");
        var hint = page.ByTestId("hint");

        // The server gives a few hints a question, then refuses with hint-limit (shown in the banner).
        var banner = _page.Locator("#banner");
        for (var pressed = 0; !await banner.IsVisibleAsync(); pressed++)
        {
            Assert.True(pressed < 10, "The hints never ran out.");
            await hint.ClickAsync();
            await _page.WaitForFunctionAsync(
                "n => document.querySelectorAll('[data-testid=message][data-kind=hint]').length > n || !document.getElementById('banner').hidden",
                pressed);
        }

        await Expect(hint).ToBeDisabledAsync();
        await Expect(page.ByTestId("send")).ToBeEnabledAsync();
        await Expect(_page.Locator("#banner-text")).ToHaveTextAsync("That's all the hints for this question. Answer with what comes to mind.");
        await Expect(page.Answer).ToHaveValueAsync(draft);
        await Expect(hints).ToHaveCountAsync(Domain.Flow.InterviewSettings.MaxHintsPerQuestion);
    }

    /// <summary>The chat's messages and cards in order, as kind (or "card") and text.</summary>
    private Task<string[]> ChatOrderAsync() =>
        _page.Locator("#messages > li").EvaluateAllAsync<string[]>(
            "els => els.map(el => el.dataset.testid === 'assessment' ? 'card' : `${el.dataset.role}/${el.dataset.kind}: ${el.textContent}`)");
}
