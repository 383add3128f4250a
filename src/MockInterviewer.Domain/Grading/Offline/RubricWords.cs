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
    private static readonly string[] EnglishSuffixes = ["ingly", "edly", "ings", "ing", "ments", "ment", "ness", "ions", "ion", "ers", "er", "ed", "es", "ly", "s"];
    private const int MinContentWords = 3;

    private readonly OfflineGraderSettings _settings;
    private readonly Word[] _rubric;
    private readonly Word[] _echoWords;

    // The question's own words: repeating them ("저는 팀으로 일하는 걸 선호합니다") answers it.
    private readonly Word[] _asked;

    public RubricWords(Question question, OfflineGraderSettings settings)
    {
        _settings = settings;
        _asked = [.. new[] { question.Text.Ko, question.Text.En }.SelectMany(Words).Where(IsContent).Distinct(StringComparer.OrdinalIgnoreCase).Select(Word.Of)];
        _rubric = [.. question.ReferencePoints.SelectMany(p => new[] { p.Text.Ko, p.Text.En })
            .SelectMany(Words).Where(IsContent).Distinct(StringComparer.OrdinalIgnoreCase).Select(Word.Of)];
        _echoWords = [.. settings.EchoWords.Select(Word.Of)];
    }

    public bool IsEcho(string sentence)
    {
        if (_settings.SpecificDetails.Any(p => p.IsMatch(sentence)))
        {
            return false;
        }

        // Each word is stemmed once here (and the rubric's once, up front): this runs for every sentence of every answer.
        var words = Words(sentence).Where(IsContent).Select(Word.Of).Where(w => !_asked.Any(a => Stems(w, a))).ToList();
        var echoWords = words.Where(w => _echoWords.Any(e => Stems(w, e))).Select(w => w.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count()
            + _settings.EchoWords.Count(e => e.Contains(' ') && sentence.Contains(e, StringComparison.OrdinalIgnoreCase));
        if (words.Count < MinContentWords || echoWords < _settings.MinEchoWords)
        {
            return false;
        }

        var fromRubric = words.Count(w => _rubric.Any(r => Stems(w, r)) || _echoWords.Any(e => Stems(w, e)));
        return fromRubric >= _settings.EchoShare * words.Count;
    }

    private bool IsContent(string word) =>
        !_settings.EchoStopwords.Contains(word) && (word.Any(Hangul.IsSyllable) ? word.Length >= MinHangulStem : word.Length >= 3);

    // Two words share a stem when they begin with the same two Hangul syllables (구체적인 / 구체적으로), or when
    // their English stems agree up to a final letter (backed / backs, concrete / concretely, improving / improve).
    private static bool Stems(Word word, Word other)
    {
        if (Hangul.IsSyllable(word.Text[0]))
        {
            return word.Text.Length >= MinHangulStem && other.Text.Length >= MinHangulStem
                && string.CompareOrdinal(word.Text, 0, other.Text, 0, MinHangulStem) == 0;
        }

        var (a, b) = (word.Stem, other.Stem);
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 1;
    }

    private static string EnglishStem(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var suffix in EnglishSuffixes)
        {
            if (lower.Length - suffix.Length >= 3 && lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return lower[..^suffix.Length];
            }
        }

        return lower;
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private readonly record struct Word(string Text, string Stem)
    {
        public static Word Of(string text) => new(text, EnglishStem(text));
    }
}
