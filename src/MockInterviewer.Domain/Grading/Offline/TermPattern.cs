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

    /// <param name="compiled">Compiled to IL: faster matching, for a price paid once in IL and the JIT (<see cref="QuestionPatterns"/>).</param>
    public static Regex Build(IEnumerable<string> terms, bool compiled = false)
    {
        var alternatives = terms
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .OrderByDescending(t => t.Length)
            .Select(Translate);
        return new Regex(
            "(?:" + string.Join("|", alternatives) + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | (compiled ? RegexOptions.Compiled : RegexOptions.None),
            PatternTimeout.Value);
    }

    /// <summary>
    /// Text one piece of which every match of <see cref="Build"/>'s pattern for <paramref name="terms"/> contains, as
    /// <see cref="Fold"/> writes it: a text folded without any of them cannot match, and the pattern need not run.
    /// Null when some term has no such piece that is safe to look for.
    /// </summary>
    public static IReadOnlyList<string>? Anchors(IEnumerable<string> terms)
    {
        var anchors = new List<string>();
        foreach (var term in terms.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            if (Anchor(term) is not { } anchor)
            {
                return null;
            }

            anchors.Add(anchor);
        }

        return anchors.Count == 0 ? null : [.. anchors.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// <paramref name="text"/> with ASCII letters lowercased, where the patterns' ignore-case matching agrees with
    /// that; null for a text with a letter that the patterns match to an ASCII letter of another code (the Kelvin
    /// sign to k, the long s to s, the Turkish i's), where only the pattern itself can tell.
    /// </summary>
    public static string? Fold(string text)
    {
        if (text.AsSpan().IndexOfAny("\u212A\u017F\u0130\u0131") >= 0)
        {
            return null;
        }

        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
            }
        });
    }

    // The start of the term's first part, as its pattern requires it literally.
    private static string? Anchor(string term)
    {
        var part = PartsOf(term).FirstOrDefault();
        if (part is null)
        {
            return null;
        }

        var literal = part.Any(Hangul.IsSyllable) ? part[..1]
            : !part.All(char.IsAsciiLetter) || part.Length < MinInflectedLength ? part
            : Inflection(part.ToLowerInvariant()).Literal;
        return literal.All(c => char.IsAscii(c) || Hangul.IsSyllable(c)) ? Fold(literal) : null;
    }

    private static string Translate(string term)
    {
        var parts = PartsOf(term).ToList();
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

    // A term's words, as written with spaces, hyphens or underscores between them (all optional in the pattern).
    private static IEnumerable<string> PartsOf(string term) => Regex.Split(term, @"[\s\-_]+").Where(p => p.Length > 0);

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
        var (literal, endings) = Inflection(word);
        return Regex.Escape(literal) + endings;
    }

    // The part of the word written as it is, and the pattern of the endings it may take.
    private static (string Literal, string Endings) Inflection(string word)
    {
        var (stem, stripped) = Stem(word);
        var last = stem[^1];
        if (!stripped && last == 'e')
        {
            return (stem[..^1], "(?:e|es|ed|ing|ion|ions|er|ers|ement|ements)");
        }

        if (!stripped && last == 'y' && stem.Length > 1 && !"aeiou".Contains(stem[^2], StringComparison.Ordinal))
        {
            return (stem[..^1], "(?:y|ies|ied|ying)");
        }

        var doubled = "aeiouy".Contains(last, StringComparison.Ordinal) ? string.Empty : Regex.Escape(last.ToString()) + "?";
        var endings = stripped ? EnglishEndings.Prepend("e").Append("ion").Append("ions") : EnglishEndings;
        return (stem, $"(?:{doubled}(?:{string.Join("|", endings)}))?");
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
