using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>A model that keeps failing opens the circuit breaker, through the hub.</summary>
public sealed class BreakerFaultTests
{
    [Fact]
    public async Task Repeated_500s_open_the_breaker_later_calls_do_not_reach_the_server_and_the_interview_completes()
    {
        await using var model = new LoopbackOpenAiServer { Responder = _ => LoopbackReply.Status(500) };
        using var factory = FaultyModelServer.Factory(model, ("BreakerMinimumThroughput", "4"), ("BreakerBreakSeconds", "600"));
        await using var candidate = await CandidateConnection.ConnectAsync(factory);

        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        await candidate.NextMessageAsync(1);
        while (candidate.Finished.IsEmpty)
        {
            await FaultyModelServer.AnswerAndWaitAsync(candidate, started);
        }

        // The first question's two tries and the first grade's two tries are the four failures that open it.
        Assert.Equal(4, model.Requests.Count);
        Assert.Equal("closing", candidate.Completed.Last().Kind);
        Assert.Single(candidate.Completed, m => m.Kind == "notice");
        Assert.Empty(candidate.Errors);
    }
}
