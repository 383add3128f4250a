using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>A question's reference points, subjects and misreadings turned into patterns.</summary>
internal sealed class CompiledQuestion
{
    /// <param name="toIl">Patterns compiled to IL (<see cref="RegexOptions.Compiled"/>) rather than interpreted.</param>
    public CompiledQuestion(Question question, OfflineGraderSettings settings, bool toIl = false)
    {
        Question = question;
        var asked = question.Text.Ko + "\n" + question.Text.En;
        var subjects = new List<string>();
        Points = question.ReferencePoints.Select(p => Compile(p, settings, asked, subjects, toIl)).ToList();
        Subjects = subjects.Select(s => TermPattern.Build(s.Split('\u001f'), toIl)).ToList();
        Misreadings = question.Misreadings
            .Select(m => new CompiledMisreading(m, m.Concepts.Select(c => TermPattern.Build(c, toIl)).ToList()))
            .ToList();
        Rubric = question.Personal ? new RubricWords(question, settings) : null;
    }

    public Question Question { get; }

    public IReadOnlyList<CompiledPoint> Points { get; }

    /// <summary>The distinct subjects the question's points are about; a point's <see cref="CompiledPoint.Subject"/> indexes this list.</summary>
    public IReadOnlyList<Regex> Subjects { get; }

    public IReadOnlyList<CompiledMisreading> Misreadings { get; }

    /// <summary>The rubric's own words, for a question about the candidate (where restating them is no answer); else null.</summary>
    public RubricWords? Rubric { get; }

    /// <summary>The patterns made of the question's own terms (not the grader settings' cues, which every question shares).</summary>
    public IEnumerable<Regex> OwnPatterns =>
        Subjects
            .Concat(Points.SelectMany(p => p.Ideas.Where(i => !i.IsStoryStep).SelectMany(i => i.Patterns)))
            .Concat(Points.SelectMany(p => p.Contradicts.Select(c => c.Says)))
            .Concat(Misreadings.SelectMany(m => m.Concepts));

    private static CompiledPoint Compile(ReferencePoint point, OfflineGraderSettings settings, string asked, List<string> subjects, bool toIl)
    {
        var ideas = point.Concepts
            .Select(c => (Terms: c, Pattern: TermPattern.Build(c, toIl)))
            .Select(c => new Idea([c.Pattern], InQuestion: c.Pattern.IsMatch(asked), NamesSubject: c.Terms.Intersect(point.Subject, StringComparer.OrdinalIgnoreCase).Any(), IsStoryStep: false, NeedsNarrative: false)
            {
                Anchors = TermPattern.Anchors(c.Terms),
            })
            .Concat(point.Story.Select(step => new Idea(settings.StoryCues[step], InQuestion: false, NamesSubject: false, IsStoryStep: true, NeedsNarrative: step != StarStep.Reflection)))
            .ToList();

        int? subject = point.Subject.Count > 0 ? SubjectIndex(point.Subject, subjects) : null;
        var contradicts = point.Contradicts
            .Select(c => new CompiledContradiction(SubjectIndex(c.Of, subjects), TermPattern.Build(c.Says, toIl)))
            .ToList();
        return new CompiledPoint(point, ideas, subject, contradicts);
    }

    // Points that name the same subject share one entry, so the answer's topic is tracked once per subject.
    private static int SubjectIndex(IReadOnlyList<string> terms, List<string> subjects)
    {
        var key = string.Join('\u001f', terms.Order(StringComparer.OrdinalIgnoreCase));
        var index = subjects.FindIndex(s => string.Equals(s, key, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            subjects.Add(key);
            index = subjects.Count - 1;
        }

        return index;
    }
}

/// <param name="Subject">Index into <see cref="CompiledQuestion.Subjects"/>, or null when the point has no subject.</param>
internal sealed record CompiledPoint(ReferencePoint Point, IReadOnlyList<Idea> Ideas, int? Subject, IReadOnlyList<CompiledContradiction> Contradicts);

/// <param name="Subject">Index into <see cref="CompiledQuestion.Subjects"/>: what the wrong words are said of.</param>
internal sealed record CompiledContradiction(int Subject, Regex Says);

/// <summary>One idea of a point: a concept's terms, or the cues of a story step.</summary>
/// <param name="InQuestion">The idea is named by the question itself, so naming it alone is no answer.</param>
/// <param name="NamesSubject">The idea is the name of the point's subject (L1, bagging): naming it says nothing right or wrong about it.</param>
/// <param name="IsStoryStep">The idea is a step of a story (any answer may tell one), not one of the point's own concepts.</param>
/// <param name="NeedsNarrative">It counts only in a sentence that tells of the past.</param>
internal sealed record Idea(IReadOnlyList<Regex> Patterns, bool InQuestion, bool NamesSubject, bool IsStoryStep, bool NeedsNarrative)
{
    /// <summary>What a sentence must contain for the patterns to match (<see cref="TermPattern.Anchors"/>); null to run them on every sentence.</summary>
    public IReadOnlyList<string>? Anchors { get; init; }

    // Most ideas are absent from most sentences: a plain search for their anchors spares running the patterns there.
    public IEnumerable<Match> Matches(AnswerSentence sentence) =>
        Anchors is { } anchors && sentence.Folded is { } folded && !ContainsAny(folded, anchors)
            ? []
            : Patterns.SelectMany(p => p.Matches(sentence.Text));

    // A loop, not Any with a lambda: this runs for every idea in every sentence, and the lambda's closure was a
    // fresh allocation each time (7 MB in three seconds of the offline load).
    private static bool ContainsAny(string text, IReadOnlyList<string> anchors)
    {
        for (var i = 0; i < anchors.Count; i++)
        {
            if (text.Contains(anchors[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed record CompiledMisreading(LikelyMisreading Misreading, IReadOnlyList<Regex> Concepts);
