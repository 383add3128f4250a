using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>How well a bank question fits a job posting.</summary>
/// <param name="Why">The posting's words that matched, the most telling first.</param>
public sealed record QuestionFit(Question Question, double Score, IReadOnlyList<string> Why);
