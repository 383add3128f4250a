using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterviewer.Server.Nodes;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>A node killed while a candidate is mid-answer: the node the candidate joins next finishes its work.</summary>
[Collection(SeveralNodes.Name)]
public sealed class NodeDiesTests
{
    [RedisFact]
    public async Task The_node_the_candidate_joins_grades_and_speaks_what_the_dead_node_left_once_and_nothing_is_lost()
    {
        var dying = new FrozenNode();
        using var nodes = new NodePair(servicesOfA: services =>
        {
            services.AddSingleton(sp => dying.Lease(new RedisSessionLease(sp.GetRequiredService<NodeRedis>())));
            services.AddSingleton(_ => dying.Grader());
            services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.Zero);
        });
        await using var onA = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        var started = await onA.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await NodePair.TurnAfterAsync(onA, 0);
        var before = (await onA.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;

        await onA.AnswerAsync(started.SessionId, NodePair.Answer, "answer-1");
        await dying.Grading.WaitAsync(TimeSpan.FromSeconds(15));
        dying.Freeze();
        nodes.A.Dispose();
        await using var onB = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);
        var rejoined = await onB.JoinAsync(started.SessionId, started.ResumeToken);
        var turn = await NodePair.TurnAfterAsync(onB, 0);
        var after = (await onB.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;

        Assert.Equal([.. before.Select(t => t.MessageId), rejoined.Transcript[^1].MessageId], rejoined.Transcript.Select(t => t.MessageId));
        Assert.Equal(NodePair.Answer, rejoined.Transcript[^1].Text);
        Assert.Single(after, t => t.Role == "candidate");
        Assert.Equal(rejoined.Transcript.Select(t => t.MessageId), after.Take(rejoined.Transcript.Count).Select(t => t.MessageId));
        Assert.Equal(onB.Completed.Select(m => m.MessageId), after.Skip(rejoined.Transcript.Count).Select(t => t.MessageId));
        Assert.Equal(after.Count, after.Select(t => t.MessageId).Distinct().Count());
        Assert.Equal(turn.MessageId, after[^1].MessageId);
    }
}
