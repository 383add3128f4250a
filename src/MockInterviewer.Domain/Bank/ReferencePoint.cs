namespace MockInterviewer.Domain.Bank;

/// <param name="Concepts">Each concept lists interchangeable terms; the offline grader looks for the concepts.</param>
/// <param name="Require">How many concepts an explanation must show for the point to count as covered.</param>
/// <param name="Advice">What to do about the point when it is missing, said to the candidate ("you"); null until the bank gives it.</param>
public sealed record ReferencePoint(
    string Id,
    LocalizedText Text,
    int Weight,
    IReadOnlyList<IReadOnlyList<string>> Concepts,
    int Require,
    LocalizedText? Advice = null);
