using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Evaluation;

/// <summary>
/// How far a grader's scores agree with people's labels. The headline is ordering accuracy: for each question
/// and language, whether every strong answer outscores every partial one, and every partial one every weak one.
/// A share over no answers at all is null (shown as "-"), never a free 100 %.
/// </summary>
public sealed class AgreementReport
{
    /// <summary>At most this, an answer earned next to nothing.</summary>
    public const int NothingCeiling = 10;

    public AgreementReport(string name, IReadOnlyList<ScoredAnswer> scored)
    {
        Name = name;
        Scored = scored;
        var graded = scored.Where(s => s.Answer.Label != Label.Plea).ToList();
        var groups = graded
            .GroupBy(s => (s.Answer.QuestionId, s.Answer.Language))
            .Select(g => new Group(g.Key.QuestionId, g.Key.Language, g.GroupBy(s => s.Answer.Label).ToDictionary(l => l.Key, l => l.Select(s => s.Score).ToList())))
            .ToList();

        var ordered = groups.Where(g => g.Has(Label.Strong, Label.Partial, Label.Weak)).ToList();
        OrderedGroups = ordered.Count;
        OrderingAccuracy = Share(ordered, g => g.IsOrdered);
        Misordered = ordered.Where(g => !g.IsOrdered).ToList();
        PairwiseAccuracy = Share(ordered.SelectMany(g => g.Pairs(Label.Strong, Label.Partial).Concat(g.Pairs(Label.Partial, Label.Weak)).Concat(g.Pairs(Label.Strong, Label.Weak))), p => p);

        OffTopicNearZero = Share(Labelled(graded, Label.OffTopic), s => s.Score <= NothingCeiling);
        KeywordsBelowStrong = Share(groups.SelectMany(g => g.Pairs(Label.Strong, Label.Keywords)), p => p);
        InjectionBelowStrong = Share(groups.SelectMany(g => g.Pairs(Label.Strong, Label.Injection)), p => p);
        EchoNearZero = Share(Labelled(graded, Label.Echo), s => s.Score <= NothingCeiling);

        var partialByQuestion = graded.Where(s => s.Answer.Label == Label.Partial)
            .GroupBy(s => s.Answer.QuestionId)
            .ToDictionary(g => g.Key, g => g.Min(s => s.Score));
        var meanPartial = partialByQuestion.Count == 0 ? 50 : partialByQuestion.Values.Average();
        bool Caught(ScoredAnswer s) =>
            s.HasIncorrectPoint && s.Score < (partialByQuestion.TryGetValue(s.Answer.QuestionId, out var partial) ? partial : meanPartial);
        SwappedCaught = Share(Labelled(graded, Label.Swapped), Caught);
        SwappedMissed = Labelled(graded, Label.Swapped).Where(s => !Caught(s)).ToList();
        MisreadingNamed = Share(Labelled(graded, Label.Misread), s => s.Assessment.Misreading is not null);
        FalseMisreadings = graded.Where(s => s.Answer.Label is Label.Strong or Label.Partial && s.Assessment.Misreading is not null).ToList();

        PleasRecognised = Share(Labelled(scored, Label.Plea), s => s.Stuck);
        AnswersTakenForPleas = graded.Where(s => s.Stuck).ToList();
        MeanByLabel = graded.GroupBy(s => s.Answer.Label).ToDictionary(g => g.Key, g => g.Average(s => s.Score));
    }

    public string Name { get; }
    public IReadOnlyList<ScoredAnswer> Scored { get; }
    public int OrderedGroups { get; }
    public double? OrderingAccuracy { get; }
    public double? PairwiseAccuracy { get; }
    public double? OffTopicNearZero { get; }
    public double? KeywordsBelowStrong { get; }
    public double? InjectionBelowStrong { get; }

    /// <summary>Swapped answers with an incorrect point that score below the question's partial answers.</summary>
    public double? SwappedCaught { get; }

    public IReadOnlyList<ScoredAnswer> SwappedMissed { get; }

    public double? EchoNearZero { get; }
    public double? MisreadingNamed { get; }

    /// <summary>Strong or partial answers the grader said misread the question.</summary>
    public IReadOnlyList<ScoredAnswer> FalseMisreadings { get; }

    public double? PleasRecognised { get; }

    /// <summary>Real answers the flow would have taken for a plea (and never graded).</summary>
    public IReadOnlyList<ScoredAnswer> AnswersTakenForPleas { get; }

    public IReadOnlyDictionary<Label, double> MeanByLabel { get; }
    public IReadOnlyList<Group> Misordered { get; }

    private static IEnumerable<ScoredAnswer> Labelled(IEnumerable<ScoredAnswer> scored, Label label) =>
        scored.Where(s => s.Answer.Label == label);

    private static double? Share<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list.Count(predicate) / (double)list.Count;
    }

    /// <param name="Scores">Every score per label (a question may have several answers with one label).</param>
    public sealed record Group(string QuestionId, Language Language, IReadOnlyDictionary<Label, List<int>> Scores)
    {
        public bool Has(params Label[] labels) => labels.All(Scores.ContainsKey);

        public bool IsOrdered => Pairs(Label.Strong, Label.Partial).Concat(Pairs(Label.Partial, Label.Weak)).All(p => p);

        /// <summary>For every answer labelled higher and every answer labelled lower: whether the higher scored more.</summary>
        public IEnumerable<bool> Pairs(Label higher, Label lower) =>
            Has(higher, lower)
                ? Scores[higher].SelectMany(h => Scores[lower].Select(l => h > l))
                : [];

        public string Describe(Label label) => Scores.TryGetValue(label, out var s) ? string.Join(",", s) : "-";
    }
}
