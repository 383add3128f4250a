using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Tests.Browser;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Nodes;

/// <summary>Every node runs the overdue clock; each interview is closed once.</summary>
[Collection(SeveralNodes.Name)]
public sealed class OverdueClockTests
{
    [RedisFact]
    public async Task The_clock_running_on_both_nodes_closes_an_overdue_interview_once()
    {
        var clock = new ShiftedClock();
        void SharedClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);
        using var nodes = new NodePair(SharedClock, SharedClock);
        await using var candidate = await CandidateConnection.ConnectAsync(nodes.A.BaseUrl);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 3, timeLimitMinutes: 1);
        await NodePair.TurnAfterAsync(candidate, 0);

        clock.Offset = TimeSpan.FromMinutes(2);
        await Task.WhenAll(CloseOverdueAsync(nodes.A), CloseOverdueAsync(nodes.B));
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);
        await Task.WhenAll(NodePair.IdleAsync(nodes.A), NodePair.IdleAsync(nodes.B));
        await Task.WhenAll(CloseOverdueAsync(nodes.A), CloseOverdueAsync(nodes.B));
        await Task.WhenAll(NodePair.IdleAsync(nodes.A), NodePair.IdleAsync(nodes.B));

        Assert.Single(candidate.Completed, m => m.Kind == "closing");
        Assert.Single(candidate.Finished);
        var joined = await candidate.JoinAsync(started.SessionId, started.ResumeToken);
        Assert.Single(joined.Transcript, t => t.Kind == "closing");
        Assert.Equal("completed", joined.Status);
    }

    private static Task CloseOverdueAsync(LiveServer node) =>
        node.Services.GetRequiredService<InterviewService>().CloseOverdueAsync(CancellationToken.None);

}
