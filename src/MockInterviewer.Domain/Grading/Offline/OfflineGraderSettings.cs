using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>The language cues of prompts/grading/offline-grader.yaml.</summary>
public sealed class OfflineGraderSettings
{
    public required IReadOnlyList<string> KoreanEndings { get; init; }
    public required IReadOnlyList<string> KoreanConnectives { get; init; }
    public required IReadOnlySet<string> EnglishWords { get; init; }
    public required int MinExplanationWords { get; init; }
    public required int MinExplanationWordsKorean { get; init; }
    public required IReadOnlyList<string> ListSeparators { get; init; }
    public required int MinListItems { get; init; }
    public required double BareItemShare { get; init; }
    public required IReadOnlyList<Regex> GraderInstructionPatterns { get; init; }

    /// <summary>Where a sentence divides into clauses: a break falls where a match ends.</summary>
    public required IReadOnlyList<Regex> ClauseBreaks { get; init; }

    /// <summary>Above this, a quote is the clauses that carry the point rather than the whole sentence.</summary>
    public required int MaxQuoteChars { get; init; }

    /// <summary>Matched against the text just before wrong words: they are negated ("not sequential").</summary>
    public required Regex NegationBefore { get; init; }

    /// <summary>Matched against the text just after wrong words: they are negated ("순차적이지 않").</summary>
    public required Regex NegationAfter { get; init; }

    /// <summary>Matched against the text just before a subject's mention: it is named only in contrast.</summary>
    public required Regex ContrastBefore { get; init; }

    /// <summary>Matched against the text just after a subject's mention: it is named only in contrast.</summary>
    public required Regex ContrastAfter { get; init; }

    /// <summary>A sentence that tells of the past; story steps but the reflection count only in one.</summary>
    public required IReadOnlyList<Regex> Narrative { get; init; }

    /// <summary>How each step of a story shows in the telling.</summary>
    public required IReadOnlyDictionary<StarStep, IReadOnlyList<Regex>> StoryCues { get; init; }

    public required IReadOnlyList<string> EchoWords { get; init; }
    public required int MinEchoWords { get; init; }
    public required double EchoShare { get; init; }
    public required IReadOnlyList<Regex> SpecificDetails { get; init; }
    public required IReadOnlySet<string> EchoStopwords { get; init; }

    /// <summary>Words that say the candidate is stuck or asks for help.</summary>
    public required IReadOnlyList<Regex> StuckPatterns { get; init; }

    /// <summary>Words that carry nothing around a plea ("음", "sorry", "this one").</summary>
    public required IReadOnlyList<Regex> StuckFillers { get; init; }

    public required int MaxStuckLeftoverWords { get; init; }
}
