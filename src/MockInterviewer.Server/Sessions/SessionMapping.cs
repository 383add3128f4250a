using MockInterviewer.Contracts;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Server.Sessions;

public static class SessionMapping
{
    public static TranscriptEntry ToEntry(this Turn turn) =>
        new(WireNames.Of(turn.Role), WireNames.Of(turn.Kind), turn.Text, turn.QuestionId, turn.At, turn.MessageId, turn.QuestionIndex, Question.IsDraftedId(turn.QuestionId));

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
}
