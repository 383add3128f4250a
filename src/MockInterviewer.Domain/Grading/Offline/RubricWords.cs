using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// Tells a sentence that only restates what a good answer contains ("장점은 구체적인 장점이고 단점은 솔직한
/// 단점입니다") from one that answers: an echo has no specific detail, names the rubric's own kind of words
/// (concrete, result, experience), and draws most of its words from the question's rubric.
/// </summary>
internal sealed partial class RubricWords
{
    private const int MinHangulStem = 2;
    private const int MinLatinStem = 4;
    private const int MinContentWords = 3;

    private readonly OfflineGraderSettings _settings;
    private readonly List<string> _rubric;

    public RubricWords(Question question, OfflineGraderSettings settings)
    {
        _settings = settings;
        var texts = new[] { question.Text.Ko, question.Text.En }
            .Concat(question.ReferencePoints.SelectMany(p => new[] { p.Text.Ko, p.Text.En }));
        _rubric = texts.SelectMany(Words).Where(IsContent).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public bool IsEcho(string sentence)
    {
        if (_settings.SpecificDetails.Any(p => p.IsMatch(sentence)))
        {
            return false;
        }

        var words = Words(sentence).Where(IsContent).ToList();
        if (words.Count < MinContentWords || !words.Any(w => _settings.EchoWords.Any(e => Stems(w, e))))
        {
            return false;
        }

        var fromRubric = words.Count(w => _rubric.Any(r => Stems(w, r)));
        return fromRubric >= _settings.EchoShare * words.Count;
    }

    private bool IsContent(string word) =>
        !_settings.EchoStopwords.Contains(word) && (word.Any(Hangul.IsSyllable) ? word.Length >= MinHangulStem : word.Length >= 3);

    // Two words share a stem when they begin alike: two Hangul syllables (구체적인 / 구체적으로), or most of the
    // shorter English word and at least four letters (backed / backs, concrete / concretely).
    private static bool Stems(string word, string other)
    {
        var common = 0;
        while (common < word.Length && common < other.Length && char.ToLowerInvariant(word[common]) == char.ToLowerInvariant(other[common]))
        {
            common++;
        }

        if (Hangul.IsSyllable(word[0]))
        {
            return common >= MinHangulStem;
        }

        var shorter = Math.Min(word.Length, other.Length);
        return common >= Math.Min(shorter, Math.Max(MinLatinStem, shorter - 3));
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
