using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>The candidate's page in Debian's real Chromium, against the real server on a real port.</summary>
public sealed class CandidatePageTests(BrowserFixture browser) : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private const string EnglishAnswer =
        "Overfitting is when a model learns the noise of the training data instead of the pattern, so it scores well " +
        "on training data and badly on new data. I would check it with a validation set or cross-validation, and reduce " +
        "it with regularization, more data, early stopping or a simpler model.";

    private IPage _page = null!;

    public override async Task InitializeAsync() => _page = await NewPageAsync();

    [Fact]
    public async Task Candidate_completes_an_interview_and_sees_the_report()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2, feedback: "after-each");

        await page.FirstQuestionAsync();
        Assert.True(await page.StreamedMessagesAsync() > 0, "The question should arrive streamed (a busy bubble that then completes).");
        await Expect(page.Progress).ToContainTextAsync("of 2");
        await Expect(page.Timer).Not.ToBeEmptyAsync();

        // Answer the first question and its follow-ups (graded after each); on the last question, skip follow-ups.
        // At most 2 questions × (1 answer + 2 follow-ups) turns.
        for (var turn = 0; turn < 8 && !await page.Report.IsVisibleAsync(); turn++)
        {
            var asked = await page.Asking.CountAsync();
            var latest = await page.Asking.Last.GetAttributeAsync("data-kind");
            if (latest == "follow-up" && (await page.Progress.TextContentAsync())!.Contains("2 of 2", StringComparison.Ordinal))
            {
                await page.ByTestId("skip").ClickAsync();
            }
            else
            {
                await page.SendAsync(EnglishAnswer);
            }

            await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);
        }

        await Expect(page.Report).ToBeVisibleAsync();
        var chart = page.Report.GetByTestId("score-chart");
        await Expect(chart).ToHaveCountAsync(1);
        Assert.Equal("svg", await chart.EvaluateAsync<string>("el => el.localName"));
        await Expect(page.Timer).Not.ToBeEmptyAsync();
        await Expect(page.ByTestId("assessment").First).ToBeVisibleAsync(); // feedback: after-each
    }

    [Fact]
    public async Task Answer_with_markup_is_shown_as_text_and_runs_nothing()
    {
        const string markup = "<img src=x onerror=alert(1)>";
        var dialogs = new List<string>();
        _page.Dialog += (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2);
        await page.FirstQuestionAsync();

        var asked = await page.Asking.CountAsync();
        await page.SendAsync(markup);
        // Let the interviewer reply too, so anything the answer could have run has had its chance.
        await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);

        Assert.Equal(markup, await page.CandidateMessages.Last.TextContentAsync());
        await Expect(page.Chat.Locator("img")).ToHaveCountAsync(0);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Korean_self_intro_is_graded_and_can_be_revised()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("self-intro", "ko");
        await page.FirstQuestionAsync();

        await page.SendAsync("안녕하세요. 머신러닝 엔지니어를 지망하는 김민수입니다.");
        await Expect(page.Feedback).ToHaveCountAsync(1);
        await Expect(page.Feedback.First).Not.ToBeEmptyAsync();

        await page.SendAsync(
            "안녕하세요. 머신러닝 엔지니어를 지망하는 김민수입니다. 대학에서 통계학을 전공했고, 졸업 프로젝트로 " +
            "고객 이탈 예측 모델을 만들어 정확도를 12% 높였습니다. 이 과정에서 데이터 전처리와 교차 검증의 중요성을 " +
            "배웠습니다. 귀사에서 실제 서비스 데이터로 모델을 개선하며 함께 성장하고 싶습니다. 감사합니다.");
        await Expect(page.Feedback).ToHaveCountAsync(2);

        await page.ByTestId("end").ClickAsync();
        await Expect(page.Report).ToBeVisibleAsync();
        await Expect(page.Report.GetByTestId("score-chart")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Refresh_resumes_the_interview_from_the_transcript()
    {
        var page = await InterviewPage.OpenAsync(_page);
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 3);
        await page.FirstQuestionAsync();

        var asked = await page.Asking.CountAsync();
        await page.SendAsync(EnglishAnswer);
        await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);
        var before = await page.MessageTranscriptAsync();

        await _page.ReloadAsync();

        await Expect(page.Messages).ToHaveCountAsync(before.Count);
        Assert.Equal(before, await page.MessageTranscriptAsync());
        await Expect(page.CandidateMessages).ToHaveTextAsync([EnglishAnswer]);
        await Expect(page.StartForm).ToBeHiddenAsync();

        asked = await page.Asking.CountAsync();
        await page.SendAsync("I would also compare the learning curves of the training and validation error as the data grows.");
        await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);
        await Expect(page.CandidateMessages).ToHaveCountAsync(2);
    }
}
