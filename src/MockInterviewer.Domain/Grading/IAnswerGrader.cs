namespace MockInterviewer.Domain.Grading;

/// <summary>Grades an answer: an engine's proposal, verified and scored by the domain.</summary>
public interface IAnswerGrader
{
    Task<Assessment> GradeAsync(GradingRequest request, CancellationToken cancellationToken);
}
