using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Server.Assessments;

namespace MockInterviewer.Server.Sessions;

public static class SessionMapping
{
    public static TranscriptEntry ToEntry(this Turn turn) =>
        new(WireNames.Of(turn.Role), WireNames.Of(turn.Kind), turn.Text, turn.QuestionId, turn.At, turn.MessageId, turn.QuestionIndex);

    public static JoinSessionResult ToJoinResult(this InterviewSession session, IReadOnlyList<Turn> transcript, IReadOnlyList<ShownAssessmentDto> assessments) => new(
        session.Id,
        WireNames.Of(session.Status),
        session.Status == SessionStatus.Active ? session.Current.QuestionId : null,
        transcript.Select(ToEntry).ToList(),
        WireNames.Of(session.Settings.Mode),
        session.Settings.Track,
        session.Settings.Language.ToCode(),
        WireNames.Of(session.Settings.Feedback),
        session.CurrentIndex,
        session.TotalQuestions,
        session.StartedAt,
        session.Settings.TimeLimitMinutes,
        assessments);

    public static ReportDto ToDto(this Report report) => new(
        report.SessionId,
        WireNames.Of(report.Mode),
        report.Track,
        report.Language.ToCode(),
        report.StartedAt,
        report.CompletedAt,
        report.OverallScore,
        report.Summary,
        report.Questions.Select(q => new ReportQuestionDto(
            q.QuestionId,
            q.Text,
            q.Answers,
            q.Assessment?.ToDto(),
            q.Category,
            q.CategoryTitle,
            q.Skipped,
            q.Attempts.Select(a => new AttemptDto(a.Answer, a.Score, a.EstimatedSeconds)).ToList())).ToList(),
        report.Strengths,
        report.Improvements,
        report.Categories.Select(c => new CategoryScoreDto(c.Id, c.Title, c.Score)).ToList(),
        report.Questions.Any(q => q.Assessment?.Engine == Domain.Grading.GradingEngine.Llm) ? "llm" : "offline");
}
