using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Assessments;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Sessions;

/// <summary>
/// The score cards a candidate has seen, so a refreshed page can show them again. A card goes out just before
/// each feedback message (feedback: after-each), showing the question's latest assessment at that moment:
/// for a self-introduction one per attempt, elsewhere the grade of everything said on the question.
/// </summary>
public static class ShownAssessments
{
    public static IReadOnlyList<ShownAssessmentDto> Of(IReadOnlyList<Turn> transcript, IReadOnlyList<StoredAssessment> history) =>
        transcript
            .Where(turn => turn is { Role: Role.Interviewer, Kind: MessageKind.Feedback, QuestionId: not null })
            .Select(feedback => (feedback, stored: history.LastOrDefault(h => h.Assessment.QuestionId == feedback.QuestionId && h.At <= feedback.At)))
            .Where(pair => pair.stored is not null)
            .Select(pair => new ShownAssessmentDto(pair.feedback.QuestionId!, pair.feedback.MessageId, pair.stored!.Assessment.ToDto()))
            .ToList();
}
