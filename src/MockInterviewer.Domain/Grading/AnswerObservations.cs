namespace MockInterviewer.Domain.Grading;

/// <summary>What an engine noticed about the answer as a whole, beyond its points.</summary>
/// <param name="OnlyKeywords">The answer names ideas without explaining any of them.</param>
/// <param name="AddressedTheGrader">The answer tries to instruct the grader; such sentences are never evidence.</param>
public sealed record AnswerObservations(bool OnlyKeywords = false, bool AddressedTheGrader = false)
{
    public static AnswerObservations None { get; } = new();
}
