using Microsoft.Playwright;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>A fresh browser page for one test; disposing it closes its context and fails on any uncaught page error.</summary>
public sealed class PageUnderTest : IAsyncDisposable
{
    private readonly List<string> _errors;

    private PageUnderTest(IPage page, List<string> errors)
    {
        Page = page;
        _errors = errors;
    }

    public IPage Page { get; }

    public static async Task<PageUnderTest> OpenAsync(BrowserFixture browser)
    {
        var errors = new List<string>();
        return new PageUnderTest(await browser.NewPageAsync(errors), errors);
    }

    public async ValueTask DisposeAsync()
    {
        await Page.Context.CloseAsync();
        Assert.Empty(_errors);
    }
}
