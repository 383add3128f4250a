using MockInterviewer.Contracts;
using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Server.Assessments;

public static class AssessmentMapping
{
    public static AssessmentDto ToDto(this Assessment assessment) => new(
        assessment.QuestionId,
        assessment.Score,
        assessment.Points.Select(p => new AssessedPointDto(p.PointId, p.Text, WireNames.Of(p.Status), p.Evidence)).ToList(),
        assessment.Strengths,
        assessment.Improvements,
        assessment.FollowUp?.Text,
        WireNames.Of(assessment.Engine),
        assessment.Misreading,
        assessment.HintsUsed);
}
