using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Reports;

/// <summary>Counts the words of the candidate's answers for the report: the most used ones and the fillers.</summary>
public sealed partial class AnswerWordCounter(WordLists lists)
{
    public const int MostUsedShown = 5;

    // A word is worth listing as "most used" only when it comes back.
    private const int MinRepeats = 2;
    private const int MinWordLength = 2;

    public WordLists Lists => lists;

    public WordStats Count(IReadOnlyList<string> answers)
    {
        var texts = answers.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        if (texts.Count == 0)
        {
            return WordStats.None;
        }

        var words = texts.Select(Words).ToList();
        var fillers = lists.Fillers
            .Select(phrase => new WordCount(string.Join(' ', phrase), words.Sum(w => Occurrences(w, phrase))))
            .Where(f => f.Count > 0);
        var singleFillers = lists.Fillers.Where(f => f.Count == 1).Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
        var mostUsed = words
            .SelectMany(w => w)
            .Select(lists.WithoutParticle)
            .Where(w => w.Length >= MinWordLength && !lists.StopWords.Contains(w) && !singleFillers.Contains(w) && !w.All(char.IsDigit))
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => new WordCount(g.Key, g.Count()))
            .Where(w => w.Count >= MinRepeats);

        return new WordStats(
            Ranked(mostUsed).Take(MostUsedShown).ToList(),
            Ranked(fillers).ToList(),
            (int)Math.Round(texts.Average(t => t.Length), MidpointRounding.AwayFromZero));
    }

    private static IEnumerable<WordCount> Ranked(IEnumerable<WordCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Word, StringComparer.Ordinal);

    /// <summary>The lower-case words of a text, Hangul runs apart from other letters.</summary>
    internal static List<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value.ToLowerInvariant().Replace('’', '\'')).ToList();

    private int Occurrences(List<string> words, IReadOnlyList<string> phrase)
    {
        var ordinaryAfter = phrase.Count == 1 ? lists.OrdinaryAfter.GetValueOrDefault(phrase[0]) : null;
        var count = 0;
        for (var i = 0; i + phrase.Count <= words.Count; i++)
        {
            if (words.Skip(i).Take(phrase.Count).SequenceEqual(phrase, StringComparer.Ordinal)
                && !(i > 0 && ordinaryAfter?.Contains(words[i - 1]) == true))
            {
                count++;
            }
        }

        return count;
    }

    // Hangul and other letters apart, so "SMOTE를" gives "smote" and "를".
    [GeneratedRegex(@"[\p{IsHangulSyllables}]+|[\p{L}\p{N}-[\p{IsHangulSyllables}]]+(?:['’][\p{L}-[\p{IsHangulSyllables}]]+)?")]
    private static partial Regex Word();
}
