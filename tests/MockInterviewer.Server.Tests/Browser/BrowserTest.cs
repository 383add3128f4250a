using Microsoft.Playwright;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>
/// A test in the fixture's Chromium: each page it opens gets a fresh context (its own localStorage), closed after
/// the test, and any uncaught error on a page fails the test.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private readonly List<string> _pageErrors = [];
    private readonly List<IBrowserContext> _contexts = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        Assert.Empty(_pageErrors);
    }

    /// <param name="locale">The browser's language (navigator.languages).</param>
    protected async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        var page = await browser.NewPageAsync(_pageErrors, locale);
        _contexts.Add(page.Context);
        return page;
    }
}
