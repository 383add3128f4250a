using MockInterviewer.Contracts;
using MockInterviewer.Contracts.Practice;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Practice;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Server.Practice;

public static class MeMapping
{
    public static MySessionDto ToMySession(this Report report) => new(
        report.SessionId,
        WireNames.Of(report.Mode),
        report.Track,
        report.Language.ToCode(),
        report.StartedAt,
        report.CompletedAt,
        report.Questions.Any(q => q.Outcome == QuestionOutcome.Answered) ? report.OverallScore : null);

    public static SessionScoreDto ToSessionScore(this Report report) => new(
        report.SessionId,
        report.Track,
        report.CompletedAt ?? report.StartedAt,
        report.OverallScore,
        report.Categories.Select(c => new CategoryScoreDto(c.Id, c.Title, c.Score)).ToList());

    public static PointProgressDto ToDto(this PointMastery point) => new(
        point.QuestionId,
        point.PointId,
        point.Text,
        point.Attempts,
        WireNames.Of(point.LastStatus),
        Math.Round(point.Mastery, 3),
        point.DueAt);
}
