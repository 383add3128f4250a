using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>
/// Ranks the bank's questions by fit with a job posting: the posting's words are matched against each question's
/// concepts (the same patterns the offline grader uses, which mix Korean and English synonyms and tolerate particles
/// and spacing) and the content words of the question's own text. A word that matches many questions tells less
/// than one that matches a few.
/// </summary>
public sealed class PostingTailor
{
    // The question's own words (Docker, REST, 정밀도) name its topic: together they count as much as a small point.
    private const double QuestionWordWeight = 20;
    private const int MinQuestionWordLength = 2;

    private readonly List<QuestionTerms> _questions;
    private readonly PostingWords _words;
    private readonly WordLists _reportWords;
    private readonly List<(Regex When, string Means)> _expansions;

    public PostingTailor(QuestionBank bank, OfflineGraderSettings graderSettings, PostingWords words, WordLists reportWords)
    {
        _words = words;
        _reportWords = reportWords;
        _questions = bank.Questions.Select(q => Compile(q, graderSettings)).ToList();
        _expansions = words.Expansions.Select(e => (TermPattern.Build(e.When), string.Join('\n', e.Means))).ToList();
    }

    /// <summary>The questions the posting matched at all, best fit first (then in bank order).</summary>
    public IReadOnlyList<QuestionFit> Rank(string posting)
    {
        var sources = Sources(PostingText.WithoutBoilerplate(posting, _words));
        var found = _questions.Select(q => (q.Question, Concepts: q.Concepts.Select(c => (c.Weight, Words: Matches(c.Pattern, sources))).ToList())).ToList();

        // How many questions each word matched: the rarer, the more it says.
        var questionsPerWord = found
            .SelectMany(q => q.Concepts.SelectMany(c => c.Words).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(w => w, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        double Specificity(string word) => Math.Log(1 + (double)_questions.Count / questionsPerWord[word]) / Math.Log(1 + _questions.Count);

        return found
            .Select((q, index) =>
            {
                var credits = q.Concepts
                    .Where(c => c.Words.Count > 0)
                    .Select(c => (c.Weight, c.Words, Credit: c.Weight * c.Words.Max(Specificity)))
                    .ToList();
                var why = credits
                    .SelectMany(c => c.Words.Select(w => (Word: w, Credit: c.Weight * Specificity(w))))
                    .GroupBy(w => w.Word, StringComparer.OrdinalIgnoreCase)
                    .OrderByDescending(g => g.Sum(w => w.Credit))
                    .Select(g => g.Key)
                    .ToList();
                return (Fit: new QuestionFit(q.Question, credits.Sum(c => c.Credit), why), Index: index);
            })
            .Where(f => f.Fit.Score > 0)
            .OrderByDescending(f => f.Fit.Score)
            .ThenBy(f => f.Index)
            .Select(f => f.Fit)
            .ToList();
    }

    /// <summary>The ids of the track's questions that fit the posting, best first: what the interview asks first.</summary>
    public IReadOnlyList<string> PreferredQuestionIds(string posting, string track) =>
        Rank(posting).Where(f => f.Question.BelongsTo(track)).Select(f => f.Question.Id).ToList();

    // The posting itself, then, for each word the bank lacks (MLOps), the bank's terms it stands for, credited to that word.
    private List<(string Text, string? Because)> Sources(string posting)
    {
        var sources = new List<(string Text, string? Because)> { (posting, null) };
        foreach (var (when, means) in _expansions)
        {
            if (Telling(when, posting).FirstOrDefault() is { } word)
            {
                sources.Add((means, word));
            }
        }

        return sources;
    }

    private List<string> Matches(Regex pattern, List<(string Text, string? Because)> sources) =>
        sources
            .SelectMany(s => Telling(pattern, s.Text).Select(w => s.Because ?? w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    // The pattern's matches that say something: not only stop words ("모델" alone), and not inside a word that is
    // one ("유연" inside "유연근무제").
    private IEnumerable<string> Telling(Regex pattern, string text) =>
        pattern.Matches(text)
            .Where(m => !IsStopWords(m.Value) && !IsStopWords(EnclosingWord(text, m)))
            .Select(m => string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private bool IsStopWords(string text)
    {
        var words = AnswerWordCounter.Words(text);
        return _words.StopWords.Contains(PostingText.Compact(text))
            || (words.Count > 0 && words.All(w => _words.StopWords.Contains(_reportWords.WithoutParticle(w))));
    }

    // The run of letters of the same script around a match.
    private static string EnclosingWord(string text, Match match)
    {
        if (match.Length == 0)
        {
            return "";
        }

        bool Same(char c, char like) => Hangul.IsSyllable(like) ? Hangul.IsSyllable(c) : char.IsLetterOrDigit(c) && !Hangul.IsSyllable(c);
        var start = match.Index;
        while (start > 0 && Same(text[start - 1], text[match.Index]))
        {
            start--;
        }

        var end = match.Index + match.Length;
        while (end < text.Length && Same(text[end], text[end - 1]))
        {
            end++;
        }

        return text[start..end];
    }

    private QuestionTerms Compile(Question question, OfflineGraderSettings graderSettings)
    {
        var concepts = new CompiledQuestion(question, graderSettings).Points
            .SelectMany(p =>
            {
                var ideas = p.Ideas.Where(i => !i.IsStoryStep).ToList();
                return ideas.SelectMany(i => i.Patterns).Select(pattern => new WeightedConcept(pattern, (double)p.Point.Weight / ideas.Count));
            });
        var questionWords = AnswerWordCounter.Words(question.Text.Ko + "\n" + question.Text.En)
            .Select(w => _words.WithoutEnding(_reportWords.WithoutParticle(w)))
            .Where(w => w.Length >= MinQuestionWordLength && !IsStopWords(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var asked = questionWords.Count == 0 ? [] : new[] { new WeightedConcept(TermPattern.Build(questionWords), QuestionWordWeight) };
        return new QuestionTerms(question, concepts.Concat(asked).ToList());
    }

    private sealed record QuestionTerms(Question Question, IReadOnlyList<WeightedConcept> Concepts);

    private sealed record WeightedConcept(Regex Pattern, double Weight);
}
