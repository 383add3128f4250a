namespace MockInterviewer.Domain.Grading;

public interface IAnswerGrader
{
    Task<Assessment> GradeAsync(GradingRequest request, CancellationToken cancellationToken);
}
