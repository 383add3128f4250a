using System.Runtime.CompilerServices;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tests.Support;
using MockInterviewer.Domain.Usage;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Usage;

/// <summary>What the model spends on a session travels with the session and ends up in its report.</summary>
public sealed class SessionUsageTests
{
    private static readonly TokenUsage PerMessage = new(1200, 1024, 30);

    // Speaks offline, but charges the session for each message as a model would.
    private sealed class ChargingVoice(Func<SessionUsageMeter> meter, IInterviewerVoice inner) : IInterviewerVoice
    {
        public async IAsyncEnumerable<string> SpeakAsync(InterviewSession session, Utterance utterance, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var piece in inner.SpeakAsync(session, utterance, cancellationToken))
            {
                yield return piece;
            }

            meter().Add(session.Id, PerMessage);
        }
    }

    [Fact]
    public async Task Tokens_spent_while_speaking_are_saved_with_the_session()
    {
        using var harness = Charging();

        var id = await harness.StartAsync(Settings());

        var spoken = harness.Transcript(id).Count(t => t.Role == Role.Interviewer);
        Assert.True(spoken >= 2);
        Assert.Equal(Times(PerMessage, spoken), harness.Session(id).Usage);
        Assert.Equal(TokenUsage.Zero, harness.Meter.Unsaved(id));
    }

    [Fact]
    public async Task The_report_shows_every_token_the_session_spent()
    {
        using var harness = Charging();
        var id = await harness.StartAsync(Settings());
        await harness.AnswerCurrentThoroughlyAsync(id);

        await harness.EndAsync(id);

        var spoken = harness.Transcript(id).Count(t => t.Role == Role.Interviewer);
        var report = Assert.Single(harness.Events.Reports);
        Assert.Equal(Times(PerMessage, spoken), report.Usage);
        Assert.Equal(report.Usage, (await harness.Service.ReportAsync(id, CancellationToken.None))!.Usage);
    }

    [Fact]
    public async Task A_session_that_never_used_a_model_reports_no_usage()
    {
        using var harness = new InterviewHarness(FlowBank.Value);
        var id = await harness.StartAsync(Settings());

        await harness.EndAsync(id);

        Assert.Null(Assert.Single(harness.Events.Reports).Usage);
    }

    [Fact]
    public void Usage_adds_up_field_by_field_and_counts_prompt_and_completion()
    {
        var sum = new TokenUsage(10, 4, 3) + new TokenUsage(5, 1, 2);

        Assert.Equal(new TokenUsage(15, 5, 5), sum);
        Assert.Equal(20, sum.Total);
        Assert.Equal(sum, sum + TokenUsage.Zero);
    }

    private static InterviewHarness Charging()
    {
        InterviewHarness? harness = null;
        harness = new InterviewHarness(FlowBank.Value, voice: new ChargingVoice(() => harness!.Meter, new OfflineVoice(FlowBank.Value, RealPrompts.Phrases)));
        return harness;
    }

    private static TokenUsage Times(TokenUsage usage, int count) =>
        Enumerable.Repeat(usage, count).Aggregate(TokenUsage.Zero, (a, b) => a + b);
}
