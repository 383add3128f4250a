using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>Splits an answer into sentences and tells explanations from keyword lists and grader instructions.</summary>
internal sealed partial class SentenceReader(OfflineGraderSettings settings)
{
    private readonly string[] _listSeparators = [.. settings.ListSeparators];

    public IReadOnlyList<AnswerSentence> Read(string answer)
    {
        var sentences = new List<AnswerSentence>();
        foreach (Match match in SentencePattern().Matches(answer))
        {
            var text = TrimBullet(match.Value.Trim());
            if (text.Length > 0)
            {
                sentences.Add(new AnswerSentence(text, Classify(text), Clauses(text)));
            }
        }

        return sentences;
    }

    private List<Clause> Clauses(string sentence)
    {
        var breaks = settings.ClauseBreaks
            .SelectMany(p => p.Matches(sentence))
            .Select(m => m.Index + m.Length)
            .Where(end => end > 0 && end < sentence.Length)
            .Distinct()
            .Order()
            .ToList();
        var clauses = new List<Clause>(breaks.Count + 1);
        var start = 0;
        foreach (var end in breaks)
        {
            clauses.Add(new Clause(start, end));
            start = end;
        }

        clauses.Add(new Clause(start, sentence.Length));
        return clauses;
    }

    private SentenceKind Classify(string sentence)
    {
        if (settings.GraderInstructionPatterns.Any(p => p.IsMatch(sentence)))
        {
            return SentenceKind.GraderInstruction;
        }

        var words = Words(sentence);
        var minWords = sentence.Any(Hangul.IsSyllable) ? settings.MinExplanationWordsKorean : settings.MinExplanationWords;
        if (words.Length < minWords || !HasPredicate(sentence, words) || IsList(sentence))
        {
            return SentenceKind.KeywordList;
        }

        return SentenceKind.Explanation;
    }

    private bool IsList(string sentence)
    {
        var items = sentence.Split(_listSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length < settings.MinListItems)
        {
            return false;
        }

        return items.Count(IsBareItem) >= settings.BareItemShare * items.Length;
    }

    private bool IsBareItem(string item)
    {
        var words = Words(item);
        return words.Length <= 2 && !HasPredicate(item, words);
    }

    // A loop rather than Any with a lambda, which allocated its closure for every word of every answer.
    private static bool EndsWithAny(string word, IReadOnlyList<string> endings)
    {
        for (var i = 0; i < endings.Count; i++)
        {
            if (word.EndsWith(endings[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPredicate(string text, string[] words)
    {
        foreach (var raw in words)
        {
            var word = raw.TrimEnd('.', ',', '!', '?', ')', '"', '\'', '”', '’', ':', ';');
            if (settings.EnglishWords.Contains(word) || IsContraction(word))
            {
                return true;
            }

            if (word.Length > 1 && Hangul.IsSyllable(word[^1]) && EndsWithAny(word, settings.KoreanEndings))
            {
                return true;
            }
        }

        return settings.KoreanConnectives.Any(c => text.Contains(c, StringComparison.Ordinal));
    }

    // I'd, we'll, it's, don't: a pronoun or auxiliary with its verb folded in.
    private bool IsContraction(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && (settings.EnglishWords.Contains(word[..apostrophe]) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase));
    }

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string TrimBullet(string line) => BulletPattern().Replace(line, string.Empty);

    // A sentence ends at a line break, at . ! ? 。 followed by a space or the end (so 0.5 and file.csv stay whole),
    // or before an arrow between the steps of an outline ("검색 → 실습 → 정리").
    [GeneratedRegex(@"[^\r\n→]+?(?:[.!?。]+(?=\s|$)|(?=\r?\n|\s*→)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"^(?:[-*•·]+|\d+[.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();
}
