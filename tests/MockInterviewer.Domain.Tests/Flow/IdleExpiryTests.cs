using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class IdleExpiryTests : IDisposable
{
    private static readonly TimeSpan IdleTime = TimeSpan.FromHours(12);

    private readonly InterviewHarness _harness = new(FlowBank.Value);

    public void Dispose() => _harness.Dispose();

    private Task<IReadOnlyList<string>> ExpireAsync() =>
        _harness.Service.ExpireIdleAsync(_harness.Clock.GetUtcNow() - IdleTime, CancellationToken.None);

    [Fact]
    public async Task An_interview_left_idle_closes_as_expired_without_words_and_its_report_goes_out()
    {
        var idle = await _harness.StartAsync(Settings());
        await _harness.AnswerAsync(idle, "You split the data into k folds and validate on each fold in turn.");
        var turnsBefore = _harness.Transcript(idle).Count;
        _harness.Clock.Advance(IdleTime + TimeSpan.FromMinutes(1));

        Assert.Equal([idle], await ExpireAsync());
        await _harness.Runner.WhenIdleAsync();

        var closed = _harness.Session(idle);
        Assert.Equal(SessionStatus.Completed, closed.Status);
        Assert.Equal(ClosingReason.Expired, closed.ClosedBecause);
        Assert.Equal(_harness.Clock.GetUtcNow(), closed.CompletedAt);
        Assert.Empty(closed.Pending);
        Assert.Equal(turnsBefore, _harness.Transcript(idle).Count);
        Assert.NotNull(closed.Summary);
        Assert.Equal(idle, Assert.Single(_harness.Events.Reports).SessionId);
        Assert.Empty(await ExpireAsync());
    }

    [Fact]
    public async Task Every_command_on_an_expired_interview_is_refused_as_expired()
    {
        var id = await _harness.StartAsync(Settings());
        _harness.Clock.Advance(IdleTime + TimeSpan.FromMinutes(1));
        await ExpireAsync();
        await _harness.Runner.WhenIdleAsync();

        var refusals = new[]
        {
            await Assert.ThrowsAsync<InterviewException>(() => _harness.AnswerAsync(id, "Back after a night away.")),
            await Assert.ThrowsAsync<InterviewException>(() => _harness.HintAsync(id)),
            await Assert.ThrowsAsync<InterviewException>(() => _harness.SkipAsync(id)),
            await Assert.ThrowsAsync<InterviewException>(() => _harness.EndAsync(id)),
        };

        Assert.All(refusals, e => Assert.Equal("session-expired", e.Code));
        Assert.DoesNotContain(_harness.Transcript(id), t => t.Role == Role.Candidate);
    }

    [Fact]
    public async Task Any_activity_within_the_idle_time_keeps_the_interview_and_a_finished_one_is_left_as_it_closed()
    {
        var recent = await _harness.StartAsync(Settings());
        var finished = await _harness.StartAsync(Settings());
        await _harness.EndAsync(finished);
        _harness.Clock.Advance(IdleTime - TimeSpan.FromMinutes(1));
        await _harness.HintAsync(recent);
        _harness.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Empty(await ExpireAsync());

        Assert.Equal(SessionStatus.Active, _harness.Session(recent).Status);
        Assert.Equal(ClosingReason.EndedByCandidate, _harness.Session(finished).ClosedBecause);
    }
}
