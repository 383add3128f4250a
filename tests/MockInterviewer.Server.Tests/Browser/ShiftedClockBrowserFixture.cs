using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>A browser fixture whose server runs on a clock the test can move forward, to reach time limits at once.</summary>
public sealed class ShiftedClockBrowserFixture : BrowserFixture
{
    public ShiftedClock Clock { get; } = new();

    protected override LiveServer CreateServer() => new(services => services.AddSingleton<TimeProvider>(Clock));
}
