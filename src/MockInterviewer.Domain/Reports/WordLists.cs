using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Reports;

/// <summary>prompts/report/words.yaml: what the report counts as filler, what it leaves out of the most used words.</summary>
/// <param name="Fillers">Lower-case phrases, each split into its words.</param>
/// <param name="Particles">Korean particles, longest first.</param>
/// <param name="OrdinaryAfter">For a one-word filler that is also an ordinary word, the words after which it is the ordinary word.</param>
/// <param name="TargetSeconds">About how long a spoken answer should take, by track, with a "default" entry.</param>
public sealed record WordLists(
    IReadOnlyList<IReadOnlyList<string>> Fillers,
    IReadOnlySet<string> StopWords,
    IReadOnlyList<string> Particles,
    IReadOnlyDictionary<string, IReadOnlySet<string>> OrdinaryAfter,
    IReadOnlyDictionary<string, int> TargetSeconds)
{
    public const string DefaultTarget = "default";

    private const int MinStemSyllables = 2;

    public int TargetSecondsFor(string track) => TargetSeconds.GetValueOrDefault(track, TargetSeconds[DefaultTarget]);

    /// <summary>A Korean word without the particle at its end ("모델을" gives "모델"), when at least two syllables remain.</summary>
    public string WithoutParticle(string word)
    {
        if (word.Length == 0 || !word.All(Hangul.IsSyllable))
        {
            return word;
        }

        var particle = Particles.FirstOrDefault(p => word.EndsWith(p, StringComparison.Ordinal) && word.Length - p.Length >= MinStemSyllables);
        return particle is null ? word : word[..^particle.Length];
    }
}
