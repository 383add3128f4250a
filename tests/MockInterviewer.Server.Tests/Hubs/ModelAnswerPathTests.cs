using MockInterviewer.Server.Tests.Support;
using Xunit.Abstractions;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>The answer path with a scripted model on a loopback server grading and speaking, through SK's real connector.</summary>
public sealed class ModelAnswerPathTests(ScriptedModelServer model, ITestOutputHelper output)
    : AnswerPathTests(() => new ServerFactory(settings: model.Settings), output), IClassFixture<ScriptedModelServer>;
