using System.Text.RegularExpressions;

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
    public required IReadOnlyList<Regex> StuckPatterns { get; init; }
}
