using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// Decides one reference point from the answer's sentences: covered when enough of its concepts appear in
/// sentences that explain, partial when any appears (a keyword list names ideas without explaining them),
/// missing otherwise. Sentences addressed to the grader are never looked at.
/// </summary>
internal static class PointMatcher
{
    private const int MaxQuoteLength = 180;

    public static PointMatch Assess(CompiledPoint compiled, IReadOnlyList<AnswerSentence> sentences)
    {
        var readable = sentences.Where(s => s.Kind != SentenceKind.GraderInstruction).ToList();
        var explained = new HashSet<int>();
        var mentioned = new HashSet<int>();
        AnswerSentence? best = null;
        var bestHits = 0;

        foreach (var sentence in readable)
        {
            var hits = 0;
            for (var c = 0; c < compiled.Concepts.Count; c++)
            {
                if (!compiled.Concepts[c].IsMatch(sentence.Text))
                {
                    continue;
                }

                hits++;
                mentioned.Add(c);
                if (sentence.Kind == SentenceKind.Explanation)
                {
                    explained.Add(c);
                }
            }

            var weighted = hits * 2 + (sentence.Kind == SentenceKind.Explanation ? 1 : 0);
            if (hits > 0 && weighted > bestHits)
            {
                best = sentence;
                bestHits = weighted;
            }
        }

        var status = explained.Count >= compiled.Point.Require ? PointStatus.Covered
            : mentioned.Count > 0 ? PointStatus.Partial
            : PointStatus.Missing;
        var evidence = best is null ? null : Quote(best.Text, compiled);
        return new PointMatch(new PointProposal(compiled.Point.Id, status, evidence), mentioned.Count);
    }

    // A long sentence is cut to a window around its first match; the quote stays a verbatim part of the answer.
    private static string Quote(string sentence, CompiledPoint compiled)
    {
        if (sentence.Length <= MaxQuoteLength)
        {
            return sentence;
        }

        var first = compiled.Concepts
            .Select(c => c.Match(sentence))
            .Where(m => m.Success)
            .Select(m => m.Index)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Max(0, Math.Min(first - MaxQuoteLength / 3, sentence.Length - MaxQuoteLength));
        var end = Math.Min(sentence.Length, start + MaxQuoteLength);
        var spaceBefore = sentence.LastIndexOf(' ', Math.Max(0, start));
        if (start > 0 && spaceBefore >= 0 && start - spaceBefore < 20)
        {
            start = spaceBefore + 1;
        }

        var spaceAfter = sentence.IndexOf(' ', Math.Max(start, end - 20));
        if (end < sentence.Length && spaceAfter > 0 && spaceAfter < end)
        {
            end = spaceAfter;
        }

        return sentence[start..end].Trim();
    }
}

/// <param name="ConceptsFound">How many of the point's concepts the answer mentions at all.</param>
internal sealed record PointMatch(PointProposal Proposal, int ConceptsFound);
