using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Reports;

/// <summary>The summary the report builder writes from the offline phrases.</summary>
public sealed class OfflineSummaryWriter : IReportSummaryWriter
{
    public static WrittenSummary Of(Report report) => new(report.Summary, GradingEngine.Offline);

    public Task<WrittenSummary> WriteAsync(InterviewSession session, Report report, CancellationToken cancellationToken) =>
        Task.FromResult(Of(report));
}
