using System.Text.RegularExpressions;
using MockInterviewer.Server.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>
/// The page in Chromium with <c>Llm:Provider=openai-compatible</c> pointed at a scripted model on a loopback
/// OpenAI-style server: the model's words stream into the chat and the model grades.
/// </summary>
public sealed class ModelInterviewPageTests(ModelBrowserFixture browser) : BrowserTest(browser), IClassFixture<ModelBrowserFixture>
{
    private const string Answer =
        "I would split the data into k folds and hold each one out in turn. The average over the folds estimates how the model does on new data.";

    [Fact]
    public async Task A_whole_interview_runs_on_the_model_with_its_words_streaming_and_the_report_says_the_model_graded()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync());
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2, feedback: "after-each");

        Assert.StartsWith(ScriptedModelServer.Words + " ", await page.FirstQuestionAsync(), StringComparison.Ordinal);
        for (var turn = 0; turn < 12 && !await page.Report.IsVisibleAsync(); turn++)
        {
            var asked = await page.Asking.CountAsync();
            await page.SendAsync(Answer);
            await page.WaitForMoreOrReportAsync(InterviewPage.AskingSelector, asked);
        }

        await Expect(page.Report).ToBeVisibleAsync();
        // The model's words, piece by piece as it streamed them (those ready together joined), before each message completed.
        WholePieces.AssertReceivedInRuns(ScriptedModelServer.Pieces, await page.StreamedPiecesAsync());
        var followUps = await page.Page.Locator("[data-testid=message][data-kind=follow-up]").AllTextContentsAsync();
        Assert.NotEmpty(followUps);
        Assert.All(followUps, text => Assert.Equal(ScriptedModelServer.Words, text));
        await Expect(page.Feedback.First).ToHaveTextAsync(ScriptedModelServer.Words);

        var cards = page.Report.GetByTestId("report-question");
        await Expect(cards).ToHaveCountAsync(2);
        Assert.Equal(["answered", "answered"], await cards.EvaluateAllAsync<string[]>("els => els.map(el => el.dataset.status)"));
        await Expect(page.Report.GetByTestId("report-engine")).ToHaveAttributeAsync("data-engine", "llm");
        await Expect(page.Report.GetByTestId("report-engine")).ToContainTextAsync("AI model");
        var engines = await page.Report.GetByTestId("question-engine").EvaluateAllAsync<string[]>("els => els.map(el => el.dataset.engine)");
        Assert.Equal(["llm", "llm"], engines);
        await Expect(page.Report.GetByTestId("report-usage")).ToHaveTextAsync(new Regex(@"^Model tokens: [\d.,]+K? in \([\d.,]+K? cached\) · [\d.,]+K? out$"));
        await Expect(page.Report).ToContainTextAsync(ScriptedModelServer.Summary);
    }

    [Fact]
    public async Task A_stream_that_breaks_midway_is_forgotten_and_its_message_is_shown_once_whole()
    {
        browser.Model.CutNextStreams(1);
        var page = await InterviewPage.OpenAsync(await NewPageAsync());
        await page.StartAsync("interview", "en", track: "ml-junior", questionCount: 2);

        var question = await page.FirstQuestionAsync();

        // Finished by another attempt or the offline phrases, whichever the server chose: whole, once.
        var broken = string.Concat(ScriptedModelServer.CutPieces);
        Assert.Contains(broken, await page.ForgottenTextsAsync());
        Assert.DoesNotContain(broken.Trim(), question, StringComparison.Ordinal);
        await Expect(page.Questions).ToHaveCountAsync(1);
        Assert.DoesNotContain(await page.MessageTranscriptAsync(), text => text.Contains(broken.Trim(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ko", "질문 · 모델이 만든 질문")]
    [InlineData("en", "Question · drafted")]
    public async Task A_drafted_question_is_marked_as_drafted_in_the_chat_and_in_the_report(string language, string label)
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync());
        await page.Field("jobPosting").FillAsync("MLOps engineer: Docker, REST APIs, Kafka streaming pipelines.");
        await page.StartAsync("interview", language, track: "ml-junior", questionCount: 2, feedback: "after-each");
        await page.FirstQuestionAsync();
        await Expect(page.Questions.First).Not.ToHaveAttributeAsync("data-drafted", "true");

        await page.ByTestId("skip").ClickAsync();

        await Expect(page.Questions).ToHaveCountAsync(2);
        var drafted = page.Questions.Nth(1);
        await Expect(drafted).ToHaveAttributeAsync("data-drafted", "true");
        await Expect(drafted).ToHaveAttributeAsync("data-label", label);
        await Expect(drafted).ToContainTextAsync(ScriptedModelServer.DraftedText);

        await page.SendAsync(Answer);
        await Expect(page.Report).ToBeVisibleAsync();
        var cards = page.Report.GetByTestId("report-question");
        await Expect(cards.Nth(1).GetByTestId("drafted-mark")).ToBeVisibleAsync();
        await Expect(cards.Nth(0).GetByTestId("drafted-mark")).ToHaveCountAsync(0);
        await Expect(cards.Nth(1)).ToHaveAttributeAsync("data-status", "answered");
    }

    [Fact]
    public async Task The_fit_preview_lists_the_models_drafted_questions_marked_as_drafted_after_the_bank_s()
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync());

        await page.Field("jobPosting").FillAsync("MLOps engineer: Docker, REST APIs, Kafka streaming pipelines.");
        await page.ByTestId("preview-fit").ClickAsync();

        await Expect(page.ByTestId("plan-question").First).ToBeVisibleAsync();
        var drafted = page.ByTestId("plan-drafted");
        await Expect(drafted).ToHaveCountAsync(1);
        await Expect(drafted).ToContainTextAsync(ScriptedModelServer.DraftedText);
        await Expect(drafted.GetByTestId("drafted-mark")).ToBeVisibleAsync();
        await Expect(drafted.GetByTestId("plan-why")).ToContainTextAsync("Kafka");
    }
}
