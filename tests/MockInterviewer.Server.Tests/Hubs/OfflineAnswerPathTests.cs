using MockInterviewer.Server.Tests.Support;
using Xunit.Abstractions;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>The answer path on the embedded default, the offline engine.</summary>
public sealed class OfflineAnswerPathTests(ITestOutputHelper output) : AnswerPathTests(() => new ServerFactory(), output);
