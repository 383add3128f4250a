using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>The candidate's page, found only by the data-testid hooks of CONTRACT.md section 6.</summary>
public sealed class InterviewPage(IPage page)
{
    /// <summary>Interviewer messages that ask the candidate for something (completed ones carry data-kind).</summary>
    public const string AskingSelector =
        "[data-testid=message][data-role=interviewer]:is([data-kind=question], [data-kind=follow-up], [data-kind=hint])";

    // Records a streamed message: its bubble is busy while deltas arrive, then MessageCompleted clears aria-busy.
    // Also records each piece appended to a message as it streams (completion replaces the text whole, so it adds
    // nothing here), and the text of each streaming bubble a MessageReset took away.
    private const string StreamWatcher = """
        window.__streamedMessages = 0;
        window.__pieces = [];
        window.__forgotten = [];
        new MutationObserver((records) => {
          for (const r of records) {
            if (r.type === 'attributes') {
              if (r.oldValue === 'true' && !r.target.hasAttribute('aria-busy')) window.__streamedMessages++;
            } else if (r.target.dataset?.testid === 'message') {
              if (r.removedNodes.length === 0) window.__pieces.push([...r.addedNodes].map((n) => n.textContent).join(''));
            } else {
              for (const n of r.removedNodes) if (n.dataset?.testid === 'message' && n.getAttribute('aria-busy') === 'true') window.__forgotten.push(n.textContent);
            }
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
        """;

    public IPage Page { get; } = page;

    public ILocator StartForm => ByTestId("start-form");
    public ILocator Messages => ByTestId("message");
    public ILocator CandidateMessages => Page.Locator("[data-testid=message][data-role=candidate]");
    public ILocator Questions => Page.Locator("[data-testid=message][data-role=interviewer][data-kind=question]");
    public ILocator Feedback => Page.Locator("[data-testid=message][data-role=interviewer][data-kind=feedback]");
    public ILocator Asking => Page.Locator(AskingSelector);
    public ILocator Chat => Page.GetByRole(AriaRole.Log);
    public ILocator Answer => ByTestId("answer");
    public ILocator Progress => ByTestId("progress");
    public ILocator Timer => ByTestId("timer");
    public ILocator Report => ByTestId("report");
    public ILocator Assessments => ByTestId("assessment");

    public static async Task<InterviewPage> OpenAsync(IPage page)
    {
        await page.AddInitScriptAsync(StreamWatcher);
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("start-form")).ToBeVisibleAsync();
        return new InterviewPage(page);
    }

    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    /// <summary>Fills the start form and clicks start. Language first: changing it re-renders the track list.</summary>
    public async Task StartAsync(
        string mode, string language, string? track = null, int? questionCount = null, string feedback = "after-each", int? timeLimitMinutes = null)
    {
        await Field("language").SelectOptionAsync(language);
        await Field("mode").SelectOptionAsync(mode);
        if (track is not null)
        {
            await Field("track").SelectOptionAsync(track);
        }

        if (questionCount is { } count)
        {
            await Field("questionCount").FillAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (timeLimitMinutes is { } minutes)
        {
            await Field("timeLimitMinutes").FillAsync(minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (await Field("feedback").IsVisibleAsync())
        {
            await Field("feedback").SelectOptionAsync(feedback);
        }

        await ByTestId("start").ClickAsync();
        await Expect(StartForm).ToBeHiddenAsync();
    }

    /// <summary>Waits for the first question, streamed and complete, and returns its text.</summary>
    public async Task<string> FirstQuestionAsync()
    {
        await Expect(Questions.First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\S"));
        return await Questions.First.TextContentAsync() ?? "";
    }

    /// <summary>Types and sends an answer, then waits for it to show as the newest candidate message.</summary>
    public async Task SendAsync(string text)
    {
        var before = await CandidateMessages.CountAsync();
        await Answer.FillAsync(text);
        await ByTestId("send").ClickAsync();
        await Expect(CandidateMessages).ToHaveCountAsync(before + 1);
        await Expect(CandidateMessages.Last).ToHaveTextAsync(text);
    }

    /// <summary>Waits until more than <paramref name="seen"/> elements match <paramref name="selector"/>, or the report shows.</summary>
    public Task WaitForMoreOrReportAsync(string selector, int seen) =>
        Page.WaitForFunctionAsync(
            "([selector, seen]) => document.querySelectorAll(selector).length > seen || !document.querySelector('[data-testid=report]').hidden",
            new object[] { selector, seen });

    public async Task<int> StreamedMessagesAsync() => await Page.EvaluateAsync<int>("window.__streamedMessages");

    /// <summary>Each piece of text appended to a message while it streamed, in order.</summary>
    public async Task<IReadOnlyList<string>> StreamedPiecesAsync() => await Page.EvaluateAsync<string[]>("window.__pieces");

    /// <summary>The text of each streaming message that a MessageReset took away.</summary>
    public async Task<IReadOnlyList<string>> ForgottenTextsAsync() => await Page.EvaluateAsync<string[]>("window.__forgotten");

    public async Task<IReadOnlyList<string>> MessageTranscriptAsync() =>
        await Messages.EvaluateAllAsync<string[]>("els => els.map(el => `${el.dataset.role}/${el.dataset.kind ?? ''}: ${el.textContent}`)");

    public ILocator Field(string name) => StartForm.Locator($"[name={name}]");
}
