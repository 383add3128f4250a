namespace MockInterviewer.Domain.Bank;

/// <param name="Advice">One sentence to the candidate, in the second person, on what to add next time.</param>
/// <param name="Concepts">Each concept lists interchangeable terms; the offline grader looks for the concepts.</param>
/// <param name="Require">How many concepts an explanation must show for the point to count as covered.</param>
public sealed record ReferencePoint(
    string Id,
    LocalizedText Text,
    LocalizedText Advice,
    int Weight,
    IReadOnlyList<IReadOnlyList<string>> Concepts,
    int Require);
