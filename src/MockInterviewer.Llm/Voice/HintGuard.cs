using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Llm.Voice;

/// <summary>
/// Whether a hint gives the answer away: it names as many of its point's concepts as an answer needs (terms
/// the question itself does not already use), or repeats a run of words from any reference point, its advice
/// or the model answer. Errs on the side of the bank's hint, which is always safe to say.
/// </summary>
internal static partial class HintGuard
{
    public static bool GivesAway(string hint, HintTarget target)
    {
        var (question, point, language) = target;
        var asked = question.Text.Ko + "\n" + question.Text.En;
        var named = point.Concepts.Count(concept => concept.Any(term => Mentions(hint, term) && !Mentions(asked, term)));
        if (named >= Math.Max(1, point.Require))
        {
            return true;
        }

        var run = language == Language.Ko ? 3 : 4;
        var hintRuns = Runs(hint, run);
        return question.ReferencePoints
            .SelectMany(p => new[] { p.Text.In(language), p.Advice.In(language) })
            .Append(question.ModelAnswer.In(language))
            .Any(source => Runs(source, run).Overlaps(hintRuns));
    }

    // Latin terms as whole words ("print" is not in "blueprint"); Korean ones anywhere, since particles follow them.
    private static bool Mentions(string text, string term) =>
        LatinWord().IsMatch(term)
            ? Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : text.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static HashSet<string> Runs(string text, int length)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + length <= words.Count; i++)
        {
            runs.Add(string.Join(' ', words.Skip(i).Take(length)));
        }

        return runs;
    }

    [GeneratedRegex(@"^[A-Za-z0-9@_.\- ]+$")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Words();
}
