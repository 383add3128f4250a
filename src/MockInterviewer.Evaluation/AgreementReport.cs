using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Evaluation;

/// <summary>
/// How far a grader's scores agree with people's labels. The headline is ordering accuracy: for each
/// question and language, whether strong &gt; partial &gt; weak.
/// </summary>
public sealed class AgreementReport
{
    public const int OffTopicCeiling = 10;

    public AgreementReport(string name, IReadOnlyList<ScoredAnswer> scored)
    {
        Name = name;
        Scored = scored;
        var groups = scored
            .GroupBy(s => (s.Answer.QuestionId, s.Answer.Language))
            .Select(g => new Group(g.Key.QuestionId, g.Key.Language, g.ToDictionary(s => s.Answer.Label, s => s.Score)))
            .ToList();

        var ordered = groups.Where(g => g.Has(Label.Strong, Label.Partial, Label.Weak)).ToList();
        OrderedGroups = ordered.Count;
        OrderingAccuracy = Share(ordered, g => g[Label.Strong] > g[Label.Partial] && g[Label.Partial] > g[Label.Weak]);
        Misordered = ordered.Where(g => !(g[Label.Strong] > g[Label.Partial] && g[Label.Partial] > g[Label.Weak])).ToList();

        var pairs = ordered.SelectMany(g => new[]
        {
            g[Label.Strong] > g[Label.Partial],
            g[Label.Partial] > g[Label.Weak],
            g[Label.Strong] > g[Label.Weak],
        }).ToList();
        PairwiseAccuracy = pairs.Count == 0 ? 0 : pairs.Count(p => p) / (double)pairs.Count;

        OffTopicNearZero = Share(scored.Where(s => s.Answer.Label == Label.OffTopic), s => s.Score <= OffTopicCeiling);
        KeywordsBelowStrong = Share(groups.Where(g => g.Has(Label.Keywords, Label.Strong)), g => g[Label.Keywords] < g[Label.Strong]);
        InjectionBelowStrong = Share(groups.Where(g => g.Has(Label.Injection, Label.Strong)), g => g[Label.Injection] < g[Label.Strong]);
        MeanByLabel = scored.GroupBy(s => s.Answer.Label).ToDictionary(g => g.Key, g => g.Average(s => s.Score));
    }

    public string Name { get; }
    public IReadOnlyList<ScoredAnswer> Scored { get; }
    public int OrderedGroups { get; }
    public double OrderingAccuracy { get; }
    public double PairwiseAccuracy { get; }
    public double OffTopicNearZero { get; }
    public double KeywordsBelowStrong { get; }
    public double InjectionBelowStrong { get; }
    public IReadOnlyDictionary<Label, double> MeanByLabel { get; }
    public IReadOnlyList<Group> Misordered { get; }

    private static double Share<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var list = items.ToList();
        return list.Count == 0 ? 1 : list.Count(predicate) / (double)list.Count;
    }

    public sealed record Group(string QuestionId, Language Language, IReadOnlyDictionary<Label, int> Scores)
    {
        public int this[Label label] => Scores[label];

        public bool Has(params Label[] labels) => labels.All(Scores.ContainsKey);
    }
}
