using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Tests.Support;

internal static class AnswerAssessorExtensions
{
    /// <summary>The offline engine answers at once, so its grade can be read without awaiting.</summary>
    public static Assessment Grade(this AnswerAssessor assessor, GradingRequest request)
    {
        var grading = assessor.GradeAsync(request, CancellationToken.None);
        Assert.True(grading.IsCompleted, "Only an engine that answers at once can be graded synchronously.");
        return grading.Result;
    }
}
