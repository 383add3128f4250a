using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>The hub's interview on the embedded default: the offline engine grades and speaks.</summary>
public sealed class OfflineInterviewHubTests() : InterviewHubTests(dataDirectory => new ServerFactory(dataDirectory))
{
    protected override string Engine => "offline";
}
