using System.Text;
using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// Turns a concept's terms into one pattern that tolerates how people actually write them: spacing and
/// hyphens (교차 검증 / 교차검증, F1-score / F1 score), Korean particles and endings after a term
/// (과적합을, SMOTE를), and English endings (decorators, logging).
/// </summary>
internal static class TermPattern
{
    private const string OptionalSeparator = @"[\s\-_]*";

    // Short Korean terms must start a word so that 배치 does not fire inside 재배치.
    private const int ShortKoreanSyllables = 2;

    private static readonly string[] EnglishEndings = ["s", "es", "ed", "d", "ing", "er", "ers", "ation", "ations", "ly", "al"];

    // Words under three letters (F1, TP, ML) stay exact, so they do not grow into other words.
    private const int MinInflectedLength = 3;

    public static Regex Build(IEnumerable<string> terms)
    {
        var alternatives = terms
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .OrderByDescending(t => t.Length)
            .Select(Translate);
        return new Regex(
            "(?:" + string.Join("|", alternatives) + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            PatternTimeout.Value);
    }

    private static string Translate(string term)
    {
        var parts = Regex.Split(term, @"[\s\-_]+").Where(p => p.Length > 0).ToList();
        var body = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                body.Append(OptionalSeparator);
            }

            body.Append(PartPattern(parts[i]));
        }

        return LeftBoundary(term) + body;
    }

    // Within a Korean part, spaces between syllables are optional too (교차검증 also finds 교차 검증);
    // an English word takes its common endings (automate: automated, automating; batch: batches).
    private static string PartPattern(string part)
    {
        if (part.Any(Hangul.IsSyllable))
        {
            return string.Join(@"\s*", part.Select(c => Regex.Escape(c.ToString())));
        }

        if (!part.All(char.IsAsciiLetter) || part.Length < MinInflectedLength)
        {
            return Regex.Escape(part) + (IsAsciiLetterOrDigit(part[^1]) ? "(?![A-Za-z0-9])" : string.Empty);
        }

        return Inflected(part.ToLowerInvariant()) + "(?![A-Za-z0-9])";
    }

    // Terms may be written in any form (automated, testing): the stem takes every common ending, so
    // "automated test" also finds "automating tests" and "test automation".
    private static string Inflected(string word)
    {
        var (stem, stripped) = Stem(word);
        var last = stem[^1];
        if (!stripped && last == 'e')
        {
            return Regex.Escape(stem[..^1]) + "(?:e|es|ed|ing|ion|ions|er|ers|ement|ements)";
        }

        if (!stripped && last == 'y' && stem.Length > 1 && !"aeiou".Contains(stem[^2], StringComparison.Ordinal))
        {
            return Regex.Escape(stem[..^1]) + "(?:y|ies|ied|ying)";
        }

        var doubled = "aeiouy".Contains(last, StringComparison.Ordinal) ? string.Empty : Regex.Escape(last.ToString()) + "?";
        var endings = stripped ? EnglishEndings.Prepend("e").Append("ion").Append("ions") : EnglishEndings;
        return Regex.Escape(stem) + $"(?:{doubled}(?:{string.Join("|", endings)}))?";
    }

    private static (string Stem, bool Stripped) Stem(string word)
    {
        string stem;
        if (word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            stem = word[..^3];
        }
        else if (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            stem = word[..^2];
        }
        else
        {
            return (word, false);
        }

        if (!stem.Any(c => "aeiouy".Contains(c, StringComparison.Ordinal)))
        {
            return (word, false);
        }

        // logging -> log, embedded -> embed
        if (stem.Length >= 4 && stem[^1] == stem[^2] && "bdgmnprt".Contains(stem[^1], StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        return (stem, true);
    }

    private static string LeftBoundary(string term)
    {
        var first = term[0];
        if (IsAsciiLetterOrDigit(first))
        {
            return "(?<![A-Za-z0-9])";
        }

        var hangulSyllables = term.Count(Hangul.IsSyllable);
        return Hangul.IsSyllable(first) && hangulSyllables <= ShortKoreanSyllables ? "(?<![\uAC00-\uD7A3])" : string.Empty;
    }


    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
