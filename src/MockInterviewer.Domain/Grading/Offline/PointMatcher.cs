using System.Text.RegularExpressions;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// Decides one reference point from an answer's reading: covered when enough of its ideas (concepts, story steps)
/// appear in sentences that explain, partial when one appears beyond the question's own words, missing otherwise;
/// incorrect when the answer confidently says the opposite of the point about its subject (bagging described as
/// sequential). Only sentences that may be evidence count, only outside clauses about a misreading, and for a
/// point with a subject, only where the answer talks about that subject.
/// </summary>
internal static class PointMatcher
{
    public static PointFinding Assess(CompiledPoint compiled, AnswerReading reading)
    {
        var point = compiled.Point;
        var explained = new HashSet<int>();
        var mentioned = new HashSet<int>();
        var perSentence = new Dictionary<int, List<(int Idea, int Index)>>();

        for (var s = 0; s < reading.Sentences.Count; s++)
        {
            if (!reading.MayBeEvidence(s))
            {
                continue;
            }

            for (var i = 0; i < compiled.Ideas.Count; i++)
            {
                foreach (var match in compiled.Ideas[i].Matches(reading.Sentences[s].Text))
                {
                    if (!Counts(compiled, reading, s, match.Index))
                    {
                        continue;
                    }

                    mentioned.Add(i);
                    if (reading.Sentences[s].Kind == SentenceKind.Explanation)
                    {
                        explained.Add(i);
                    }

                    (perSentence.TryGetValue(s, out var found) ? found : perSentence[s] = []).Add((i, match.Index));
                }
            }
        }

        var substantive = mentioned.Count(i => !compiled.Ideas[i].InQuestion);
        var status = explained.Count >= point.Require ? PointStatus.Covered
            : substantive > 0 ? PointStatus.Partial
            : PointStatus.Missing;

        var contradiction = FindContradiction(compiled, reading, perSentence);
        if (contradiction is { } wrong)
        {
            // Said right somewhere and wrong elsewhere: the answer is confused about it, not wrong throughout.
            if (status == PointStatus.Covered)
            {
                status = PointStatus.Partial;
            }
            else
            {
                var quote = QuoteBuilder.Quote(reading.Sentences[wrong.Sentence], [wrong.Index], reading.Settings.MaxQuoteChars);
                return new PointFinding(point.Id, PointStatus.Incorrect, quote, substantive, wrong.Sentence);
            }
        }

        if (status == PointStatus.Missing)
        {
            return new PointFinding(point.Id, status, null, substantive, -1);
        }

        var best = perSentence
            .Where(p => p.Value.Any(f => !compiled.Ideas[f.Idea].InQuestion) || status == PointStatus.Covered)
            .OrderByDescending(p => p.Value.Select(f => f.Idea).Distinct().Count() * 2 + (reading.Sentences[p.Key].Kind == SentenceKind.Explanation ? 1 : 0))
            .ThenBy(p => p.Key)
            .First();
        var evidence = QuoteBuilder.Quote(reading.Sentences[best.Key], best.Value.Select(f => f.Index).ToList(), reading.Settings.MaxQuoteChars);
        return new PointFinding(point.Id, status, evidence, substantive, best.Key);
    }

    private static bool Counts(CompiledPoint compiled, AnswerReading reading, int sentence, int index)
    {
        if (reading.IsAboutMisreading(sentence, index))
        {
            return false;
        }

        if (compiled.Subject is not { } subject)
        {
            return true;
        }

        var topic = reading.TopicAt(sentence, index);
        return topic is null || topic == subject;
    }

    // A contradicting idea said plainly of the point's own subject, in a clause that neither negates it nor also
    // states the point rightly ("배깅은 순차적이 아니라 병렬로").
    private static (int Sentence, int Index)? FindContradiction(
        CompiledPoint compiled,
        AnswerReading reading,
        Dictionary<int, List<(int Idea, int Index)>> credited)
    {
        if (compiled.Subject is not { } subject || compiled.Contradicts.Count == 0)
        {
            return null;
        }

        for (var s = 0; s < reading.Sentences.Count; s++)
        {
            if (!reading.MayBeEvidence(s))
            {
                continue;
            }

            var sentence = reading.Sentences[s];
            foreach (var match in compiled.Contradicts.SelectMany(c => c.Matches(sentence.Text)).OrderBy(m => m.Index))
            {
                if (reading.TopicAt(s, match.Index) != subject || reading.IsNegated(s, match.Index) || reading.IsAboutMisreading(s, match.Index))
                {
                    continue;
                }

                var clause = sentence.ClauseAt(match.Index);
                var rightToo = credited.TryGetValue(s, out var found)
                    && found.Any(f => sentence.ClauseAt(f.Index) == clause && !compiled.Ideas[f.Idea].InQuestion && !IsSameWords(match, f.Index));
                if (!rightToo)
                {
                    return (s, match.Index);
                }
            }
        }

        return null;
    }

    private static bool IsSameWords(Match match, int index) => index >= match.Index && index < match.Index + match.Length;
}
