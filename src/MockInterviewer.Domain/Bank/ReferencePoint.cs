namespace MockInterviewer.Domain.Bank;

/// <param name="Advice">One sentence to the candidate, in the second person, on what to add next time.</param>
/// <param name="Concepts">Each concept lists interchangeable terms; the offline grader looks for the concepts.</param>
/// <param name="Require">How many of the point's ideas (concepts and story steps) an explanation must show for the point to count as covered.</param>
public sealed record ReferencePoint(
    string Id,
    LocalizedText Text,
    LocalizedText Advice,
    int Weight,
    IReadOnlyList<IReadOnlyList<string>> Concepts,
    int Require)
{
    /// <summary>
    /// Terms that name what the point is about (bagging, L1, precision). When set, the point's concepts count only
    /// where the answer is talking about that subject, so "sequential" said of bagging is no credit for boosting.
    /// </summary>
    public IReadOnlyList<string> Subject { get; init; } = [];

    /// <summary>What, said of the subject, states the point wrongly (bagging described as sequential).</summary>
    public IReadOnlyList<Contradiction> Contradicts { get; init; } = [];

    /// <summary>
    /// The parts of a story the point is judged by (a real situation, the action, a result with a number or a
    /// consequence, a reflection), recognised by how the answer is told rather than by the rubric's words.
    /// </summary>
    public IReadOnlyList<StarStep> Story { get; init; } = [];

    /// <summary>Concepts and story steps together: what <see cref="Require"/> counts.</summary>
    public int IdeaCount => Concepts.Count + Story.Count;
}
