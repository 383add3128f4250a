using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>A model server that goes away and comes back, through the hub.</summary>
public sealed class ServerGoneFaultTests
{
    [Fact]
    public async Task With_the_server_gone_the_session_goes_on_offline_says_so_once_and_when_it_is_back_the_model_speaks_again()
    {
        await using var model = new LoopbackOpenAiServer { Responder = FaultyModelServer.Healthy };
        using var factory = FaultyModelServer.Factory(model);
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 3);
        var first = await candidate.NextMessageAsync(1);

        await model.StopAsync();
        var whileGone = await FaultyModelServer.AnswerAndWaitAsync(candidate, started);
        await FaultyModelServer.AnswerAndWaitAsync(candidate, started);
        model.Start();
        var back = await FaultyModelServer.AnswerAndWaitAsync(candidate, started);

        Assert.StartsWith(FaultyModelServer.ModelWords, first.Text, StringComparison.Ordinal);
        Assert.Equal("notice", whileGone[0].Kind);
        Assert.All(whileGone.Skip(1), m => Assert.DoesNotContain(FaultyModelServer.ModelWords, m.Text, StringComparison.Ordinal));
        Assert.Equal("notice", back[0].Kind);
        Assert.Contains(back.Skip(1), m => m.Text.StartsWith(FaultyModelServer.ModelWords, StringComparison.Ordinal));
        var notices = candidate.Completed.Where(m => m.Kind == "notice").ToList();
        Assert.Equal(2, notices.Count);
        Assert.NotEqual(notices[0].Text, notices[1].Text);
        var transcript = (await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        Assert.Equal(notices.Select(n => n.MessageId), transcript.Where(t => t.Kind == "notice").Select(t => t.MessageId));
    }
}
