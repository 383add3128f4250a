using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Browser;

/// <summary>A browser fixture whose server has <c>Llm:Provider=openai-compatible</c> pointed at a scripted model on a loopback server.</summary>
public sealed class ModelBrowserFixture : BrowserFixture
{
    public ScriptedModelServer Model { get; } = new();

    protected override LiveServer CreateServer() => new(settings: Model.Settings);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Model.DisposeAsync();
    }
}
