namespace MockInterviewer.Domain.Bank;

/// <summary>
/// A way a candidate may misread the question (정규화 taken as normalization rather than regularization), with
/// the concepts that show the answer went that way. Sentences about it are never evidence for the question's
/// points, and an answer that is mostly about it is told so kindly.
/// </summary>
/// <param name="Label">What the answer seems to have answered instead, as the interviewer would name it.</param>
/// <param name="Require">How many of the concepts an answer must show before the misreading is named.</param>
public sealed record LikelyMisreading(string Id, LocalizedText Label, IReadOnlyList<IReadOnlyList<string>> Concepts, int Require);
