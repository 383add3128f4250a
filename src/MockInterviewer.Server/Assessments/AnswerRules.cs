using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Assessments;

/// <summary>
/// What an answer must be before anything stores or grades it, for the hub and the HTTP API alike: within the
/// length limit, and more than blanks; terminal escapes and control characters are dropped, the text is NFC.
/// </summary>
public sealed partial class AnswerRules(IOptions<LimitsOptions> limits)
{
    // Characters that show nothing although they are not white space (Hangul fillers, the blank braille pattern).
    private const string Invisible = "\u115F\u1160\u3164\uFFA0\u2800\u034F";

    public int MaxChars => limits.Value.MaxAnswerChars;

    /// <param name="answer">As sent. Its length counts in UTF-16 units before cleaning, as the page's counter and maxlength count.</param>
    /// <param name="accepted">The cleaned answer, to store and grade.</param>
    public bool TryAccept(string? answer, [NotNullWhen(true)] out string? accepted, [NotNullWhen(false)] out Refusal? refusal) =>
        TryAccept(answer, MaxChars,
            length => new Refusal("answer-too-long", $"The answer is {length} characters long; the limit is {MaxChars}. Shorten it and send it again."),
            new Refusal("answer-empty", "The answer is empty: write your answer before sending it."),
            out accepted, out refusal);

    /// <summary>Any text a candidate sends to be read (an answer, a job posting): its limit, then cleaned, then more than blanks.</summary>
    /// <param name="tooLong">The refusal for a text of the given length over the limit.</param>
    internal static bool TryAccept(
        string? text, int maxChars, Func<int, Refusal> tooLong, Refusal empty,
        [NotNullWhen(true)] out string? accepted, [NotNullWhen(false)] out Refusal? refusal)
    {
        accepted = null;
        refusal = null;
        if (text is not null && text.Length > maxChars)
        {
            refusal = tooLong(text.Length);
            return false;
        }

        var cleaned = text is null ? "" : Clean(text);
        if (IsBlank(cleaned))
        {
            refusal = empty;
            return false;
        }

        accepted = cleaned;
        return true;
    }

    public static string Clean(string answer)
    {
        var text = TerminalEscape().Replace(answer, "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                // Keep whole pairs; a lone half is not text (and cannot be normalised).
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    kept.Append(c).Append(text[++i]);
                }
            }
            else if (!char.IsControl(c) || c is '\n' or '\t')
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsBlank(string text) =>
        text.All(c => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format || Invisible.Contains(c));

    // ANSI/VT escape sequences: CSI (ESC [ or the one-byte CSI) with its parameters, OSC up to its terminator, and
    // the short two-character escapes. What is left of a broken one loses its ESC with the other controls.
    [GeneratedRegex(@"(?:\x1B\[|\u009B)[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(?:\x07|\x1B\\)|\x1B[ -/]*[0-~]")]
    private static partial Regex TerminalEscape();
}
