using System.Text;

namespace MockInterviewer.Domain.Grading;

/// <summary>
/// The candidate's answers, searched for a quote. A quote counts only when it occurs in one answer, allowing
/// for differences in spacing and case; what is returned is the candidate's own text, never the quote as given.
/// </summary>
public sealed class CandidateWords(IReadOnlyList<string> answers)
{
    // Each answer is normalised once, however many points look for a quote in it.
    private readonly (string Answer, string Text, int[] Origins)[] _answers =
        [.. answers.Select(answer =>
        {
            var (text, origins) = Normalize(answer);
            return (answer, text, origins);
        })];

    private const string QuoteMarks = "\"'“”‘’「」『』`";

    // Shorter than this, a "quote" would match by accident almost anywhere.
    private const int MinQuoteLength = 2;

    public string? Find(string? quote)
    {
        var wanted = Normalize(Unwrap(quote ?? string.Empty)).Text;
        if (wanted.Length < MinQuoteLength)
        {
            return null;
        }

        foreach (var (answer, text, origins) in _answers)
        {
            var at = text.IndexOf(wanted, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                var start = origins[at];
                var end = origins[at + wanted.Length - 1] + 1;
                return answer[start..end];
            }
        }

        return null;
    }

    private static string Unwrap(string quote)
    {
        var trimmed = quote.Trim().Trim(QuoteMarks.ToCharArray()).Trim();
        while (trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…'))
        {
            trimmed = trimmed.TrimEnd('.', '…').TrimEnd();
        }

        return trimmed.TrimStart('.', '…').TrimStart();
    }

    // Runs of whitespace become one space; origins[i] is where character i of the result came from.
    private static (string Text, int[] Origins) Normalize(string value)
    {
        var text = new StringBuilder(value.Length);
        var origins = new List<int>(value.Length);
        var pendingSpace = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                origins.Add(i - 1);
                pendingSpace = false;
            }

            text.Append(value[i]);
            origins.Add(i);
        }

        return (text.ToString(), origins.ToArray());
    }
}
