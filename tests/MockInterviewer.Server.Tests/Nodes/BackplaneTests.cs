using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>Hub messages cross nodes through the Redis backplane.</summary>
[Collection(SeveralNodes.Name)]
public sealed class BackplaneTests
{
    [RedisFact]
    public async Task A_message_for_a_sessions_group_reaches_a_connection_on_the_other_node()
    {
        using var nodes = new NodePair();
        await using var candidate = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        await using var watcher = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await NodePair.TurnAfterAsync(candidate, 0);
        var seen = candidate.Completed.Count;
        await watcher.JoinAsync(started.SessionId, started.ResumeToken);

        await candidate.AnswerAsync(started.SessionId, NodePair.Answer);
        var turn = await NodePair.TurnAfterAsync(candidate, seen);
        await watcher.WaitUntilAsync(() => watcher.Completed.Any(m => m.MessageId == turn.MessageId));

        var sentOnA = candidate.Completed.Skip(seen).TakeWhile(m => m.MessageId != turn.MessageId).Append(turn).ToList();
        Assert.Equal(sentOnA.Select(m => m.MessageId), watcher.Completed.Select(m => m.MessageId));
        Assert.All(sentOnA, m => Assert.Equal(m.Text, watcher.ShownText(m.MessageId)));
    }
}
