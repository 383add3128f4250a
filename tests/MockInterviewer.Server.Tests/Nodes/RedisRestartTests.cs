using System.Net;
using MockInterviewer.Server.Nodes;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>Redis goes away while interviews are open, and comes back.</summary>
[Collection(SeveralNodes.Name)]
public sealed class RedisRestartTests
{
    [RedisFact]
    public async Task While_Redis_is_down_the_nodes_are_not_ready_and_once_it_is_back_the_interview_goes_on_across_nodes()
    {
        using var nodes = new NodePair();
        await using var candidate = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        await using var watcher = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await NodePair.TurnAfterAsync(candidate, 0);
        await watcher.JoinAsync(started.SessionId, started.ResumeToken);
        var readyBefore = await NodePair.ReadinessAsync(nodes.A);

        nodes.Redis.Stop();
        var whileDown = await NodePair.ReadinessAsync(nodes.A);
        nodes.Redis.Start();
        await candidate.WaitUntilAsync(() => IsReady(nodes.A) && IsReady(nodes.B));
        var seen = candidate.Completed.Count;
        await AnswerOnceBackAsync(candidate, started.SessionId);
        var turn = await NodePair.TurnAfterAsync(candidate, seen);
        await watcher.WaitUntilAsync(() => watcher.Completed.Any(m => m.MessageId == turn.MessageId));

        Assert.Equal(HttpStatusCode.OK, readyBefore.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileDown.Status);
        Assert.Contains(RedisReadinessCheck.Name, whileDown.Failing);
        Assert.True(candidate.IsConnected);
        var transcript = (await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        Assert.Single(transcript, t => t.Role == "candidate");
        Assert.Equal(transcript.Count, transcript.Select(t => t.MessageId).Distinct().Count());
    }

    [RedisFact]
    public async Task While_Redis_is_down_an_answer_is_refused_with_nodes_unavailable_and_once_it_is_back_the_same_answer_is_stored_once()
    {
        using var nodes = new NodePair();
        await using var candidate = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await NodePair.TurnAfterAsync(candidate, 0);

        // Its interviewer done, the node has let go of the session: the answer needs the lease again.
        await NodePair.IdleAsync(nodes.A);
        nodes.Redis.Stop();
        var refused = await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, NodePair.Answer, "answer-1"));
        var storedWhileDown = (await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        nodes.Redis.Start();
        await candidate.WaitUntilAsync(() => IsReady(nodes.A));
        var seen = candidate.Completed.Count;
        await AnswerOnceBackAsync(candidate, started.SessionId);
        await NodePair.TurnAfterAsync(candidate, seen);

        Assert.Equal("nodes-unavailable", refused);
        Assert.DoesNotContain(storedWhileDown, t => t.Role == "candidate");
        var transcript = (await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        Assert.Single(transcript, t => t.Role == "candidate");
        Assert.Equal(transcript.Count, transcript.Select(t => t.MessageId).Distinct().Count());
    }

    private static bool IsReady(Browser.LiveServer node) => NodePair.ReadinessAsync(node).GetAwaiter().GetResult().Status == HttpStatusCode.OK;

    // An answer refused while the node takes the session again (or still cannot reach Redis) is sent again under the
    // same id, as the page and the terminal client do, and stored once.
    private static async Task AnswerOnceBackAsync(CandidateConnection candidate, string sessionId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await candidate.AnswerAsync(sessionId, NodePair.Answer, "answer-1");
                return;
            }
            catch (Microsoft.AspNetCore.SignalR.HubException refusal) when (attempt < 5 && Refusals.CodeOf(refusal) is "session-busy" or "nodes-unavailable")
            {
                await Task.Delay(200);
            }
        }
    }
}
