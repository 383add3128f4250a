using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>One node at a time acts for a session: the Redis lease, through the hub.</summary>
[Collection(SeveralNodes.Name)]
public sealed class SessionLeaseTests
{
    [RedisFact]
    public async Task While_another_node_holds_the_session_a_command_is_refused_with_session_busy_and_goes_through_once_it_lets_go()
    {
        using var nodes = new NodePair();
        await using var candidate = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await NodePair.TurnAfterAsync(candidate, 0);
        var lease = nodes.A.Services.GetRequiredService<ISessionLease>();
        await TakeAsync(lease, started.SessionId).WaitAsync(TimeSpan.FromSeconds(15));

        var refused = await Refusals.CodeOfAsync(() => candidate.AnswerAsync(started.SessionId, NodePair.Answer, "answer-1"));
        await lease.ReleaseAsync(started.SessionId, "another-node", CancellationToken.None);
        await candidate.AnswerAsync(started.SessionId, NodePair.Answer, "answer-1");
        await NodePair.TurnAfterAsync(candidate, 2);

        Assert.Equal("session-busy", refused);
        var transcript = (await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        Assert.Single(transcript, t => t.Role == "candidate");
    }

    [RedisFact]
    public async Task Answers_sent_through_both_nodes_at_once_never_answer_the_same_question_twice()
    {
        using var nodes = new NodePair();
        await using var onA = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        await using var onB = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);
        var started = await onA.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await NodePair.TurnAfterAsync(onA, 0);
        await onB.JoinAsync(started.SessionId, started.ResumeToken);

        var outcomes = await Task.WhenAll(
            OutcomeAsync(() => onA.AnswerAsync(started.SessionId, NodePair.Answer, "from-a")),
            OutcomeAsync(() => onB.AnswerAsync(started.SessionId, NodePair.Answer + " Said on B.", "from-b")));
        await Task.WhenAll(NodePair.IdleAsync(nodes.A), NodePair.IdleAsync(nodes.B));

        // The one refused, or else taken as the answer to the next question, never to the same one.
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "stored", "session-busy", "answer-not-expected" }));
        Assert.Contains("stored", outcomes);
        var transcript = (await onA.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        Assert.Equal(outcomes.Count(o => o == "stored"), transcript.Count(t => t.Role == "candidate"));
        Assert.DoesNotContain(transcript.Zip(transcript.Skip(1)), pair => pair.First.Role == "candidate" && pair.Second.Role == "candidate");
        Assert.Equal(transcript.Count, transcript.Select(t => t.MessageId).Distinct().Count());
    }

    // B lets go of the session once its interviewer has finished speaking.
    private static async Task TakeAsync(ISessionLease lease, string sessionId)
    {
        while (!await lease.TryAcquireAsync(sessionId, "another-node", TimeSpan.FromMinutes(1), CancellationToken.None))
        {
            await Task.Delay(20);
        }
    }

    private static async Task<string> OutcomeAsync(Func<Task> answer)
    {
        try
        {
            await answer();
            return "stored";
        }
        catch (Microsoft.AspNetCore.SignalR.HubException refusal)
        {
            return Refusals.CodeOf(refusal);
        }
    }
}
