using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>A browser fixture whose server is told the model is unavailable, so every session begins with a notice.</summary>
public sealed class UnavailableModelBrowserFixture : BrowserFixture
{
    protected override LiveServer CreateServer() => new(services => services.AddSingleton<IEngineStatus>(new Unavailable()));

    private sealed class Unavailable : IEngineStatus
    {
        public EngineState StateFor(InterviewSession session) => EngineState.ModelUnavailable;
    }
}
