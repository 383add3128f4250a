using MockInterviewer.Contracts.Hub;
using MockInterviewer.Server.Tests.Faults;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;
using Xunit.Abstractions;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>
/// A node's process killed for real (SIGKILL) while the candidate is mid-answer: the candidate rejoins on the other
/// node with its resume token, and that node finishes what the dead one left, once.
/// </summary>
[Collection(SeveralNodes.Name)]
public sealed class NodeKilledTests(ITestOutputHelper output)
{
    public enum Moment
    {
        /// <summary>The model has the answer to grade and has not replied.</summary>
        Grading,

        /// <summary>The interviewer's reply is streaming to the candidate, part of it heard.</summary>
        Speaking,
    }

    [RedisTheory]
    [InlineData(Moment.Grading)]
    [InlineData(Moment.Speaking)]
    public async Task The_candidate_rejoins_on_the_other_node_which_keeps_the_answer_says_the_reply_once_and_goes_on(Moment moment)
    {
        var script = new ModelScript();
        await using var model = new LoopbackOpenAiServer { Responder = script.Reply };
        await using var nodes = await ChildAndLiveNodes.StartAsync(model);
        try
        {
            await RunAsync(moment, script, nodes);
        }
        finally
        {
            // What the killed node last wrote, to read when this fails.
            output.WriteLine(nodes.A.Output());
        }
    }

    private static async Task RunAsync(Moment moment, ModelScript script, ChildAndLiveNodes nodes)
    {
        await using var onA = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl.ToString().TrimEnd('/'));
        var started = await onA.StartAsync("interview", "en", "ml-junior", questionCount: 3);
        await NodePair.TurnAfterAsync(onA, 0);
        var before = (await onA.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        var heardBefore = onA.Completed.Count;

        script.StallGrading = moment == Moment.Grading;
        script.Slow = moment == Moment.Speaking;
        await onA.AnswerAsync(started.SessionId, NodePair.Answer, "answer-1");
        await (moment == Moment.Grading
            ? script.GradingStalled.WaitAsync(TimeSpan.FromSeconds(15))
            : onA.WaitUntilAsync(() => Unfinished(onA).Any()));
        nodes.A.Kill();
        script.StallGrading = script.Slow = false;
        var saidOnA = onA.Completed.Skip(heardBefore).ToList();
        var cutOnA = Unfinished(onA).ToList();

        await using var onB = await CandidateConnection.ConnectAsync(nodes.B.BaseUrl);
        var rejoined = (await onB.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;
        await NodePair.TurnAfterAsync(onB, 0);
        var heardOnB = onB.Completed.Count;
        await onB.AnswerAsync(started.SessionId, NodePair.Answer, "answer-2");
        await NodePair.TurnAfterAsync(onB, heardOnB);
        await NodePair.IdleAsync(nodes.B);
        var after = (await onB.JoinAsync(started.SessionId, started.ResumeToken)).Transcript;

        // Killed mid-answer: before any reply (grading), or with a reply part heard and not finished (speaking).
        Assert.Equal(moment == Moment.Grading, saidOnA.Count == 0 && cutOnA.Count == 0);
        Assert.Equal(moment == Moment.Speaking, cutOnA.Count == 1);

        // The answer stored before the kill is in the transcript the candidate rejoins with, after what was there.
        Assert.Equal(before.Select(t => t.MessageId), rejoined.Take(before.Count).Select(t => t.MessageId));
        Assert.Equal(("candidate", NodePair.Answer), (rejoined[before.Count].Role, rejoined[before.Count].Text));
        Assert.Equal(saidOnA.Select(m => m.MessageId), rejoined.Skip(before.Count + 1).Select(t => t.MessageId));

        // Every interviewer message was said whole once, by one node or the other, and stored in that order.
        var interviewer = after.Where(t => t.Role != "candidate").Select(t => t.MessageId).ToList();
        Assert.Equal(
            [.. before.Where(t => t.Role != "candidate").Select(t => t.MessageId), .. saidOnA.Select(m => m.MessageId), .. onB.Completed.Select(m => m.MessageId)],
            interviewer);
        Assert.All(onB.Completed, m => Assert.Equal(m.Text, onB.ShownText(m.MessageId)));
        Assert.Equal(after.Count, after.Select(t => t.MessageId).Distinct().Count());
        Assert.Equal(rejoined.Select(t => t.MessageId), after.Take(rejoined.Count).Select(t => t.MessageId));

        // And the interview went on: the next answer is stored once, after what the other node said.
        var answers = after.Select((t, at) => (t.Role, at)).Where(t => t.Role == "candidate").Select(t => t.at).ToList();
        Assert.Equal([before.Count, rejoined.Count + heardOnB], answers);
    }

    // The messages the candidate heard part of and never heard finished.
    private static IEnumerable<string> Unfinished(CandidateConnection candidate) =>
        candidate.Deltas.Select(d => d.MessageId).Distinct().Where(id => !candidate.Completed.Any(m => m.MessageId == id));

    /// <summary>The loopback model's replies: healthy, slowed or stalled while the node to be killed is at work.</summary>
    private sealed class ModelScript
    {
        private static readonly string[] Words = "Thanks, that covers it. Let us go on to the next point of the interview now.".Split(' ').Select((w, i) => i == 0 ? w : " " + w).ToArray();
        private readonly TaskCompletionSource _gradingStalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _slow;
        private volatile bool _stallGrading;

        public bool Slow { get => _slow; set => _slow = value; }

        public bool StallGrading { get => _stallGrading; set => _stallGrading = value; }

        public Task GradingStalled => _gradingStalled.Task;

        public LoopbackReply Reply(RecordedRequest request)
        {
            if (request.Body.Contains("\"stream\":true", StringComparison.Ordinal))
            {
                return Slow ? LoopbackReply.SlowStream(TimeSpan.FromMilliseconds(200), Words) : LoopbackReply.Stream(Words);
            }

            if (StallGrading)
            {
                _gradingStalled.TrySetResult();
                return LoopbackReply.Stall();
            }

            return LoopbackReply.Json(FaultyModelServer.NothingCovered);
        }
    }
}
