using Microsoft.Playwright;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>
/// One live server and one headless Debian Chromium for a test class; each test gets its own
/// browser context (so its own localStorage). No browser is ever downloaded: the fixture launches
/// the Chromium at MOCKINTERVIEWER_CHROMIUM, or /usr/bin/chromium, and fails loudly when it is missing.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "MOCKINTERVIEWER_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LiveServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath();
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{chromium}'. The browser tests drive a real Chromium and never download one: " +
                $"install Debian's package (apt-get install -y chromium) or set {ChromiumVariable} to a Chromium executable.");
        }

        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        Server = CreateServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page in a fresh context, with uncaught page errors collected in <paramref name="pageErrors"/>.</summary>
    /// <param name="locale">The browser's language (navigator.languages), e.g. "en-US" or "ko-KR".</param>
    public async Task<IPage> NewPageAsync(List<string> pageErrors, string locale = "en-US")
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = Server.BaseUrl, Locale = locale });
        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => pageErrors.Add(error);
        return page;
    }

    protected virtual LiveServer CreateServer() => new();

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Server?.Dispose();
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        return string.IsNullOrWhiteSpace(configured) ? DefaultChromium : configured;
    }
}
