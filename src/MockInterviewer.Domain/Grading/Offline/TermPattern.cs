using System.Text;
using System.Text.RegularExpressions;

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
            TimeSpan.FromMilliseconds(200));
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

        return LeftBoundary(term) + body + RightBoundary(term);
    }

    // Within a Korean part, spaces between syllables are optional too (교차검증 also finds 교차 검증).
    private static string PartPattern(string part)
    {
        if (!part.Any(IsHangul))
        {
            return Regex.Escape(part);
        }

        return string.Join(@"\s*", part.Select(c => Regex.Escape(c.ToString())));
    }

    private static string LeftBoundary(string term)
    {
        var first = term[0];
        if (IsAsciiLetterOrDigit(first))
        {
            return "(?<![A-Za-z0-9])";
        }

        var hangulSyllables = term.Count(IsHangul);
        return IsHangul(first) && hangulSyllables <= ShortKoreanSyllables ? "(?<![\uAC00-\uD7A3])" : string.Empty;
    }

    // Korean terms take any particle or ending; English words take common endings and then a word boundary.
    private static string RightBoundary(string term)
    {
        var last = term[^1];
        if (!IsAsciiLetterOrDigit(last))
        {
            return string.Empty;
        }

        if (!char.IsAsciiLetter(last))
        {
            return "(?![A-Za-z0-9])";
        }

        var doubled = "aeiou".Contains(char.ToLowerInvariant(last), StringComparison.Ordinal) ? string.Empty : Regex.Escape(last.ToString()) + "?";
        return $"(?:{doubled}(?:{string.Join("|", EnglishEndings)}))?(?![A-Za-z0-9])";
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
