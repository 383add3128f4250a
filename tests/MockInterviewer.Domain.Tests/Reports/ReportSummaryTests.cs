using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tests.Support;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Reports;

/// <summary>The report's summary is written once when the session completes, kept with it, and never missing.</summary>
public sealed class ReportSummaryTests
{
    private const string ModelSummary = "You explained cross-validation clearly.";

    private sealed class CountingWriter(Func<Report, Task<WrittenSummary>> write) : IReportSummaryWriter
    {
        public int Calls { get; private set; }

        public Task<WrittenSummary> WriteAsync(InterviewSession session, Report report, CancellationToken cancellationToken)
        {
            Calls++;
            return write(report);
        }
    }

    [Fact]
    public async Task The_writers_summary_is_written_once_and_kept_with_the_session()
    {
        var writer = new CountingWriter(_ => Task.FromResult(new WrittenSummary(ModelSummary, GradingEngine.Llm)));
        using var harness = new InterviewHarness(FlowBank.Value, summaries: writer);
        var id = await harness.StartAsync(Settings());
        await harness.AnswerCurrentThoroughlyAsync(id);

        await harness.EndAsync(id);
        harness.Service.Continue(id);
        await harness.Runner.WhenIdleAsync();

        var sent = Assert.Single(harness.Events.Reports);
        Assert.Equal(ModelSummary, sent.Summary);
        Assert.Equal(GradingEngine.Llm, sent.SummaryEngine);
        Assert.Equal(1, writer.Calls);
        var later = await harness.Service.ReportAsync(id, CancellationToken.None);
        Assert.Equal(ModelSummary, later!.Summary);
        Assert.Equal(GradingEngine.Llm, later.SummaryEngine);
    }

    [Fact]
    public async Task The_writer_is_given_the_offline_report_and_may_keep_its_summary()
    {
        Report? given = null;
        var writer = new CountingWriter(report =>
        {
            given = report;
            return Task.FromResult(OfflineSummaryWriter.Of(report));
        });
        using var harness = new InterviewHarness(FlowBank.Value, summaries: writer);
        var id = await harness.StartAsync(Settings());

        await harness.EndAsync(id);

        var sent = Assert.Single(harness.Events.Reports);
        Assert.Equal(given!.Summary, sent.Summary);
        Assert.Equal(GradingEngine.Offline, sent.SummaryEngine);
    }

    [Fact]
    public async Task A_writer_that_fails_leaves_the_offline_summary_and_the_report_still_goes_out()
    {
        var writer = new CountingWriter(_ => throw new InvalidOperationException("model down"));
        using var harness = new InterviewHarness(FlowBank.Value, summaries: writer);
        var id = await harness.StartAsync(Settings());
        await harness.AnswerCurrentThoroughlyAsync(id);

        await harness.EndAsync(id);

        var sent = Assert.Single(harness.Events.Reports);
        Assert.Equal(GradingEngine.Offline, sent.SummaryEngine);
        Assert.Equal(harness.Reports.Build(WithoutSummary(harness.Session(id))).Summary, sent.Summary);
        Assert.False(string.IsNullOrWhiteSpace(sent.Summary));
    }

    [Fact]
    public async Task A_writer_that_runs_out_of_time_leaves_the_offline_summary()
    {
        var writer = new CountingWriter(_ => new TaskCompletionSource<WrittenSummary>().Task);
        var pipeline = PipelineSettings.Default with { GradingTimeout = TimeSpan.FromMilliseconds(200) };
        using var harness = new InterviewHarness(FlowBank.Value, pipeline: pipeline, summaries: writer);
        var id = await harness.StartAsync(Settings());

        await harness.EndAsync(id);

        var sent = Assert.Single(harness.Events.Reports);
        Assert.Equal(GradingEngine.Offline, sent.SummaryEngine);
        Assert.Equal(SessionStatus.Completed, harness.Session(id).Status);
    }

    private static InterviewSession WithoutSummary(InterviewSession session)
    {
        session.Summary = null;
        return session;
    }
}
