using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>A stream that breaks midway, through the hub.</summary>
public sealed class BrokenStreamFaultTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stream_broken_midway_is_reset_and_finished_offline_under_the_same_id_and_stored_once(bool cut)
    {
        var broken = cut ? LoopbackReply.CutStream("Thanks", ", that was ") : LoopbackReply.Stall("Thanks", ", that was ");
        await using var model = new LoopbackOpenAiServer { Responder = FaultyModelServer.Healthy }.Reply(broken);
        using var factory = FaultyModelServer.Factory(model, ("IdleTimeoutSeconds", "0.5"));
        await using var candidate = await CandidateConnection.ConnectAsync(factory);

        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        var question = await candidate.NextMessageAsync(1);

        Assert.Equal("question", question.Kind);
        Assert.Contains(candidate.Resets, r => r.MessageId == question.MessageId);
        Assert.Equal(question.Text, candidate.ShownText(question.MessageId));
        Assert.DoesNotContain("Thanks", question.Text, StringComparison.Ordinal);
        var transcript = (await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        var stored = Assert.Single(transcript, t => t.MessageId == question.MessageId);
        Assert.Equal(question.Text, stored.Text);
        Assert.Single(transcript, t => t.Kind == "question");
        Assert.Empty(candidate.Errors);
        Assert.DoesNotContain(candidate.Completed, m => m.Kind == "notice");
    }
}
