using System.Text.RegularExpressions;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Llm.Reports;

/// <summary>
/// Checks the model's summary as grading quotes are checked: a sentence that puts in quotation marks anything the
/// candidate did not say is dropped whole, and a quote that is found is given back in the candidate's own text.
/// </summary>
internal static partial class SummaryQuotes
{
    public static string KeepVerified(string summary, CandidateWords words)
    {
        var kept = new List<string>();
        foreach (var sentence in SentenceBreak().Split(summary.Trim()))
        {
            var verified = true;
            var checkedSentence = Quoted().Replace(sentence, match =>
            {
                var quote = match.Groups["quote"];
                var found = words.Find(quote.Value);
                verified &= found is not null;
                return found is null ? match.Value : match.Value[..(quote.Index - match.Index)] + found + match.Value[(quote.Index - match.Index + quote.Length)..];
            });
            if (verified && checkedSentence.Length > 0)
            {
                kept.Add(checkedSentence);
            }
        }

        return string.Join(' ', kept);
    }

    [GeneratedRegex(@"(?<=[.!?。])\s+")]
    private static partial Regex SentenceBreak();

    // Double quotes of every kind, and single quotes that are not apostrophes (not inside a word).
    [GeneratedRegex("\"(?<quote>[^\"]+)\"|“(?<quote>[^”]+)”|„(?<quote>[^“”]+)[“”]|「(?<quote>[^」]+)」|『(?<quote>[^』]+)』|‘(?<quote>[^’]+)’|(?<![\\p{L}\\p{N}])'(?<quote>[^']+)'(?![\\p{L}\\p{N}])")]
    private static partial Regex Quoted();
}
