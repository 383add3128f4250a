namespace MockInterviewer.Domain.Bank;

/// <summary>A wrong statement of a reference point: <paramref name="Says"/> said of <paramref name="Of"/> (bagging said to be sequential).</summary>
/// <param name="Of">The subject it is said of; the point's own subject unless the YAML names another.</param>
/// <param name="Says">Terms that, said of that subject, state the point wrongly.</param>
public sealed record Contradiction(IReadOnlyList<string> Of, IReadOnlyList<string> Says);
