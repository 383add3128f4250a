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
        var wrong = WrongStatements(compiled, reading);
        var explained = new HashSet<int>();
        var mentioned = new HashSet<int>();
        var perSentence = new Dictionary<int, List<(int Idea, int Index, int Length)>>();

        for (var s = 0; s < reading.Sentences.Count; s++)
        {
            if (!reading.MayBeEvidence(s))
            {
                continue;
            }

            for (var i = 0; i < compiled.Ideas.Count; i++)
            {
                if (compiled.Ideas[i].NeedsNarrative && !reading.Narratives[s])
                {
                    continue;
                }

                foreach (var match in compiled.Ideas[i].Matches(reading.Sentences[s]))
                {
                    if (!Counts(compiled, reading, s, match.Index) || wrong.Any(w => w.Sentence == s && w.Overlaps(match.Index)))
                    {
                        continue;
                    }

                    mentioned.Add(i);
                    if (reading.Sentences[s].Kind == SentenceKind.Explanation)
                    {
                        explained.Add(i);
                    }

                    (perSentence.TryGetValue(s, out var found) ? found : perSentence[s] = []).Add((i, match.Index, match.Length));
                }
            }
        }

        var substantive = mentioned.Count(i => !compiled.Ideas[i].InQuestion && !compiled.Ideas[i].NamesSubject);
        var concepts = mentioned.Count(i => !compiled.Ideas[i].IsStoryStep);
        var steps = mentioned.Count - concepts;
        var status = explained.Count >= point.Require ? PointStatus.Covered
            : substantive > 0 ? PointStatus.Partial
            : PointStatus.Missing;

        // A wrong statement counts when its clause does not also state the point rightly ("배깅은 순차가 아니라 병렬로").
        var contradiction = wrong.FirstOrDefault(w => !StatesItRightly(compiled, reading, perSentence, w));
        if (contradiction is not null)
        {
            // Said right somewhere and wrong elsewhere: the answer is confused about it, not wrong throughout.
            if (status != PointStatus.Covered)
            {
                var quote = QuoteBuilder.Quote(reading.Sentences[contradiction.Sentence], [contradiction.Index], reading.Settings.MaxQuoteChars);
                return new PointFinding(point.Id, PointStatus.Incorrect, quote, concepts, steps, contradiction.Sentence);
            }

            status = PointStatus.Partial;
        }

        if (status == PointStatus.Missing)
        {
            return new PointFinding(point.Id, status, null, concepts, steps, -1);
        }

        var best = perSentence
            .Where(p => p.Value.Any(f => !compiled.Ideas[f.Idea].InQuestion) || status == PointStatus.Covered)
            .OrderByDescending(p => p.Value.Select(f => f.Idea).Distinct().Count() * 2 + (reading.Sentences[p.Key].Kind == SentenceKind.Explanation ? 1 : 0))
            .ThenBy(p => p.Key)
            .First();
        var evidence = QuoteBuilder.Quote(reading.Sentences[best.Key], best.Value.Select(f => f.Index).ToList(), reading.Settings.MaxQuoteChars);
        return new PointFinding(point.Id, status, evidence, concepts, steps, best.Key);
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

    // Wrong words said plainly of the subject they contradict: not negated, not about a misreading.
    private static List<WrongStatement> WrongStatements(CompiledPoint compiled, AnswerReading reading)
    {
        var wrong = new List<WrongStatement>();
        if (compiled.Contradicts.Count == 0)
        {
            return wrong;
        }

        for (var s = 0; s < reading.Sentences.Count; s++)
        {
            if (!reading.MayBeEvidence(s))
            {
                continue;
            }

            foreach (var contradiction in compiled.Contradicts)
            {
                foreach (var match in contradiction.Says.Matches(reading.Sentences[s].Text).Cast<System.Text.RegularExpressions.Match>())
                {
                    if (reading.TopicAt(s, match.Index, skipOwnMention: true) == contradiction.Subject
                        && !reading.IsNegated(s, match.Index, match.Length)
                        && !reading.IsAboutMisreading(s, match.Index))
                    {
                        wrong.Add(new WrongStatement(s, match.Index, match.Length));
                    }
                }
            }
        }

        return [.. wrong.OrderBy(w => w.Sentence).ThenBy(w => w.Index)];
    }

    private static bool StatesItRightly(
        CompiledPoint compiled,
        AnswerReading reading,
        Dictionary<int, List<(int Idea, int Index, int Length)>> credited,
        WrongStatement wrong)
    {
        var sentence = reading.Sentences[wrong.Sentence];
        var clause = sentence.ClauseAt(wrong.Index);
        return credited.TryGetValue(wrong.Sentence, out var found)
            && found.Any(f => sentence.ClauseAt(f.Index) == clause
                && !compiled.Ideas[f.Idea].InQuestion
                && !compiled.Ideas[f.Idea].NamesSubject
                && !reading.IsNegated(wrong.Sentence, f.Index, f.Length));
    }

    private sealed record WrongStatement(int Sentence, int Index, int Length)
    {
        public bool Overlaps(int index) => index >= Index && index < Index + Length;
    }
}
