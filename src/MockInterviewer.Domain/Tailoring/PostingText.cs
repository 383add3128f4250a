using System.Text;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>The part of a job posting that says what the job asks for: boilerplate sections left out.</summary>
public static class PostingText
{
    // A heading is a short line that is a section's name, perhaps with a word more ("복리후생 및 혜택", "Benefits & perks").
    private const int MaxHeadingChars = 30;
    private const int MaxHeadingExtraChars = 6;

    public static string WithoutBoilerplate(string posting, PostingWords words)
    {
        var kept = new StringBuilder(posting.Length);
        var skipping = false;
        foreach (var line in posting.Split('\n'))
        {
            if (IsHeading(line, words.SkipHeadings))
            {
                skipping = true;
                continue;
            }

            if (IsHeading(line, words.KeepHeadings))
            {
                skipping = false;
            }

            if (!skipping)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString();
    }

    /// <summary>Lower case without spaces, hyphens and underscores: how stop words are compared.</summary>
    public static string Compact(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_').Select(char.ToLowerInvariant).ToArray());

    private static bool IsHeading(string line, IReadOnlyList<string> headings)
    {
        if (line.Trim().Length > MaxHeadingChars)
        {
            return false;
        }

        var key = HeadingKey(line);
        return key.Length > 0 && headings.Select(HeadingKey).Any(h =>
            key.Length - h.Length <= MaxHeadingExtraChars
            && (key.StartsWith(h, StringComparison.Ordinal) || key.EndsWith(h, StringComparison.Ordinal)));
    }

    // Letters only: bullets, brackets, numbering and colons around a heading do not matter.
    private static string HeadingKey(string text) =>
        new(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
