namespace MockInterviewer.Server.Tests.Support;

/// <summary>One server shared by a test class whose tests do not change anything.</summary>
public sealed class ServerFixture : IDisposable
{
    public ServerFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
