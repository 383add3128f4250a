using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>
/// Which engine graded, as the report view says it, for reports the server does not make on demand (a model that
/// fell back to offline rules on one answer, tokens spent): rendered by the page's own report module in Chromium.
/// </summary>
public sealed class ReportEnginePageTests(BrowserFixture browser) : BrowserTest(browser), IClassFixture<BrowserFixture>
{
    private const string Render = """
        async ([report, language]) => {
          const { setLanguage } = await import('/js/i18n.js');
          const { renderReport } = await import('/js/report.js');
          setLanguage(language);
          const view = document.querySelector('[data-testid=report]');
          renderReport(view, report);
          view.hidden = false;
          document.getElementById('start-view').hidden = true;
          view.closest('section[hidden]')?.removeAttribute('hidden');
        }
        """;

    [Fact]
    public async Task Report_says_the_model_graded_which_answer_fell_back_to_offline_rules_and_the_tokens_spent()
    {
        var page = await RenderAsync("en", Report(["llm", "offline", "llm"], new { promptTokens = 15_300, cachedPromptTokens = 10_240, completionTokens = 820 }));

        var line = page.Report.GetByTestId("report-engine");
        await Expect(line).ToHaveAttributeAsync("data-engine", "llm");
        await Expect(line).ToContainTextAsync("Graded by the AI model; 1 answer given while it was unavailable was graded by offline rules.");
        await Expect(page.Report.GetByTestId("report-usage")).ToHaveTextAsync("Model tokens: 15.3K in (10.2K cached) · 820 out");
        await Expect(page.Report.GetByTestId("question-engine")).ToHaveTextAsync(["Graded by the AI model", "Graded by offline rules", "Graded by the AI model"]);
        Assert.True(await IsAboveTheQuestionsAsync(page), "The engine line belongs at the top of the report.");
    }

    [Fact]
    public async Task Korean_report_of_an_offline_session_says_offline_rules_graded_and_shows_no_tokens()
    {
        var page = await RenderAsync("ko", Report(["offline", "offline"], usage: null, engine: "offline"));

        var line = page.Report.GetByTestId("report-engine");
        await Expect(line).ToHaveAttributeAsync("data-engine", "offline");
        await Expect(line).ToContainTextAsync("오프라인 규칙");
        await Expect(page.Report.GetByTestId("report-usage")).ToHaveCountAsync(0);
        await Expect(page.Report.GetByTestId("question-engine")).ToHaveTextAsync(["오프라인 규칙으로 채점", "오프라인 규칙으로 채점"]);
    }

    [Fact]
    public async Task Korean_token_counts_are_compact_in_korean_units()
    {
        var page = await RenderAsync("ko", Report(["llm"], new { promptTokens = 15_300, cachedPromptTokens = 0, completionTokens = 820 }));

        await Expect(page.Report.GetByTestId("report-engine")).ToContainTextAsync("AI 모델이 채점했어요.");
        await Expect(page.Report.GetByTestId("report-usage")).ToHaveTextAsync("모델 토큰: 입력 1.5만(캐시 0) · 출력 820");
    }

    [Fact]
    public async Task Report_with_no_answer_graded_says_nothing_about_grading()
    {
        var page = await RenderAsync("en", Report([], usage: null, engine: "offline"));

        await Expect(page.Report.GetByTestId("report-engine")).ToHaveCountAsync(0);
    }

    private async Task<InterviewPage> RenderAsync(string language, object report)
    {
        var page = await InterviewPage.OpenAsync(await NewPageAsync());
        await page.Page.EvaluateAsync(Render, new object[] { report, language });
        await Expect(page.Report).ToBeVisibleAsync();
        return page;
    }

    private static Task<bool> IsAboveTheQuestionsAsync(InterviewPage page) =>
        page.Report.EvaluateAsync<bool>("""
            el => el.querySelector('[data-testid=report-engine]').compareDocumentPosition(el.querySelector('[data-testid=report-question]'))
              === Node.DOCUMENT_POSITION_FOLLOWING
            """);

    private static object Report(string[] engines, object? usage, string engine = "llm") => new
    {
        sessionId = "0123456789abcdef",
        mode = "interview",
        track = "ml-junior",
        language = "en",
        startedAt = "2026-11-30T10:00:00Z",
        completedAt = "2026-11-30T10:20:00Z",
        overallScore = 70,
        summary = "",
        questions = engines.Select((e, i) => new
        {
            questionId = $"q{i}",
            text = $"Question {i + 1}",
            answers = new[] { "An answer." },
            assessment = new { questionId = $"q{i}", score = 70, points = Array.Empty<object>(), engine = e },
            status = "answered",
            points = Array.Empty<object>(),
        }),
        highlights = Array.Empty<object>(),
        gaps = Array.Empty<object>(),
        engine,
        usage,
    };
}
