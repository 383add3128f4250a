namespace MockInterviewer.Server.Tests.Browser;

/// <summary>A browser fixture whose server gives up on a busy database after one second.</summary>
public sealed class ShortBusyTimeoutBrowserFixture : BrowserFixture
{
    protected override LiveServer CreateServer() => new(settings: new Dictionary<string, string?> { ["MockInterviewer:Storage:BusyTimeoutSeconds"] = "1" });
}
