namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// A quote is a whole sentence, or, when the sentence is long, the whole clauses that carry the evidence:
/// never a cut inside a clause ("months I would pick one small…").
/// </summary>
internal static class QuoteBuilder
{
    private static readonly char[] ClauseEdges = [',', ';', ' ', '\t'];

    /// <param name="indexes">Where the evidence lies in the sentence.</param>
    public static string Quote(AnswerSentence sentence, IReadOnlyCollection<int> indexes, int maxChars)
    {
        if (sentence.Text.Length <= maxChars || indexes.Count == 0)
        {
            return sentence.Text;
        }

        var clauses = indexes.Select(sentence.ClauseAt).Distinct().Order().ToList();
        var span = Text(sentence, clauses[0], clauses[^1]);
        if (span.Length <= maxChars)
        {
            return span;
        }

        var busiest = clauses.OrderByDescending(c => indexes.Count(i => sentence.ClauseAt(i) == c)).ThenBy(c => c).First();
        return Text(sentence, busiest, busiest);
    }

    private static string Text(AnswerSentence sentence, int first, int last) =>
        sentence.Text[sentence.Clauses[first].Start..sentence.Clauses[last].End].Trim().TrimEnd(ClauseEdges);
}
