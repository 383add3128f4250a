using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Domain.Ports;

/// <summary>Writes the summary at the top of a completed session's report; it is written once and kept with the session.</summary>
public interface IReportSummaryWriter
{
    /// <param name="report">The report as the offline engine would give it, with the offline summary.</param>
    Task<WrittenSummary> WriteAsync(InterviewSession session, Report report, CancellationToken cancellationToken);
}
