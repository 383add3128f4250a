namespace MockInterviewer.Domain.Grading;

/// <summary>
/// An engine cannot grade an answer and no other may: a drafted question's answer has no offline patterns to be
/// graded by, so when the model fails the answer is kept without a grade rather than graded offline as nothing.
/// </summary>
public sealed class AnswerNotGradedException(UngradedReason reason, Exception? innerException = null)
    : Exception($"The answer was not graded: {reason}.", innerException)
{
    public UngradedReason Reason { get; } = reason;
}
