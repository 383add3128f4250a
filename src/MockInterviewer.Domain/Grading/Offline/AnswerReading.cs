using System.Text.RegularExpressions;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// One answer read against one question: which sentences may be evidence at all (not addressed to the grader,
/// not an echo of the rubric), which clauses are about a misreading of the question, and what the answer is
/// talking about at each point (the subject last named, carried from sentence to sentence), so that a point's
/// concepts count only where the answer talks about that point's subject.
/// </summary>
internal sealed class AnswerReading
{
    // How far before a subject's mention to look for "unlike", "than", ...
    private const int ContrastWindow = 20;

    // How far around wrong words to look for a negation.
    private const int NegationWindow = 30;

    private readonly List<Mention>[] _mentions;
    private readonly int?[] _carried;
    private readonly bool[][] _poisoned;

    public AnswerReading(IReadOnlyList<AnswerSentence> sentences, CompiledQuestion question, OfflineGraderSettings settings)
    {
        Sentences = sentences;
        Settings = settings;
        Echoes = sentences.Select(s => s.Kind != SentenceKind.GraderInstruction && question.Rubric?.IsEcho(s.Text) == true).ToList();
        Narratives = sentences.Select(s => settings.Narrative.Any(p => p.IsMatch(s.Text))).ToList();
        _mentions = sentences.Select(s => Mentions(s.Text, question.Subjects, settings)).ToArray();
        _carried = new int?[sentences.Count];
        int? topic = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            _carried[i] = topic;
            if (_mentions[i].Count > 0)
            {
                topic = _mentions[i][^1].Subject;
            }
        }

        _poisoned = sentences.Select(s => new bool[s.Clauses.Count]).ToArray();
        MisreadingConcepts = question.Misreadings.Select(m => FindMisreading(m, sentences)).ToList();
    }

    public IReadOnlyList<AnswerSentence> Sentences { get; }

    public OfflineGraderSettings Settings { get; }

    /// <summary>Per sentence: it only restates the rubric.</summary>
    public IReadOnlyList<bool> Echoes { get; }

    /// <summary>Per sentence: it tells of the past.</summary>
    public IReadOnlyList<bool> Narratives { get; }

    /// <summary>Per misreading of the question, how many of its concepts the answer shows.</summary>
    public IReadOnlyList<int> MisreadingConcepts { get; }

    public bool MayBeEvidence(int sentence) =>
        Sentences[sentence].Kind != SentenceKind.GraderInstruction && !Echoes[sentence];

    public bool IsAboutMisreading(int sentence, int index) => _poisoned[sentence][Sentences[sentence].ClauseAt(index)];

    /// <summary>
    /// The subject the answer is talking about at this place: the one its clause names (the nearest before, when
    /// it names several), else the one last named before; null before any subject is named. With
    /// <paramref name="skipOwnMention"/>, a subject named right here does not count (wrong words that are
    /// themselves a subject's name: "L1, also called Ridge").
    /// </summary>
    public int? TopicAt(int sentence, int index, bool skipOwnMention = false)
    {
        var mentions = _mentions[sentence].Where(m => !skipOwnMention || m.Index != index).ToList();
        var clause = Sentences[sentence].Clauses[Sentences[sentence].ClauseAt(index)];
        var inClause = mentions.Where(m => m.Index >= clause.Start && m.Index < clause.End).ToList();
        if (inClause.Select(m => m.Subject).Distinct().Count() == 1)
        {
            return inClause[0].Subject;
        }

        var before = mentions.LastOrDefault(m => m.Index <= index);
        if (before is not null)
        {
            return before.Subject;
        }

        return inClause.Count > 0 ? inClause[0].Subject : _carried[sentence];
    }

    /// <summary>Whether the words at this place are negated ("not sequential", "순차적이지 않").</summary>
    public bool IsNegated(int sentence, int index, int length)
    {
        var text = Sentences[sentence].Text;
        var before = text[Math.Max(0, index - NegationWindow)..index];
        var after = text[(index + length)..Math.Min(text.Length, index + length + NegationWindow)];
        return Settings.NegationBefore.IsMatch(before) || Settings.NegationAfter.IsMatch(after);
    }

    // A misreading the answer shows enough of makes every clause about it no evidence for the question's points.
    private int FindMisreading(CompiledMisreading misreading, IReadOnlyList<AnswerSentence> sentences)
    {
        var found = new HashSet<int>();
        var clauses = new List<(int Sentence, int Clause)>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (!MayBeEvidence(s))
            {
                continue;
            }

            for (var c = 0; c < misreading.Concepts.Count; c++)
            {
                foreach (Match match in misreading.Concepts[c].Matches(sentences[s].Text))
                {
                    found.Add(c);
                    clauses.Add((s, sentences[s].ClauseAt(match.Index)));
                }
            }
        }

        if (found.Count >= misreading.Misreading.Require)
        {
            foreach (var (sentence, clause) in clauses)
            {
                _poisoned[sentence][clause] = true;
            }
        }

        return found.Count;
    }

    private static List<Mention> Mentions(string text, IReadOnlyList<Regex> subjects, OfflineGraderSettings settings)
    {
        var mentions = new List<Mention>();
        for (var s = 0; s < subjects.Count; s++)
        {
            foreach (Match match in subjects[s].Matches(text))
            {
                var before = text[Math.Max(0, match.Index - ContrastWindow)..match.Index];
                var after = text[(match.Index + match.Length)..];
                if (!settings.ContrastBefore.IsMatch(before) && !settings.ContrastAfter.IsMatch(after))
                {
                    mentions.Add(new Mention(match.Index, s));
                }
            }
        }

        return [.. mentions.OrderBy(m => m.Index)];
    }

    private sealed record Mention(int Index, int Subject);
}
