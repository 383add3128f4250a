namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>Each test starts two nodes and a redis-server: one test at a time, so they do not starve each other on a small machine.</summary>
[CollectionDefinition(Name)]
public sealed class SeveralNodes
{
    public const string Name = "Several nodes";
}
