using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// Grades without a model: each reference point is matched against the candidate's sentences, in Korean and
/// English, and proposed as covered, partial, missing or incorrect with the sentence or clause that shows it;
/// an answer that is mostly about a likely misreading of the question has it named.
/// </summary>
public sealed class OfflineGrader : IGradingEngine
{
    // Below this share of the question's weight, an answer that shows a misreading was mostly about it.
    private const double MisreadBelowShare = 0.35;

    // Each question's patterns are built when it is first graded: readying the whole bank up front took most of a
    // second and a hundred megabytes of garbage. They are compiled to IL once the question is in use (QuestionPatterns).
    private readonly Dictionary<string, QuestionPatterns> _questions;
    private readonly OfflineGraderSettings _settings;
    private readonly SentenceReader _reader;

    public OfflineGrader(QuestionBank bank, OfflineGraderSettings settings)
    {
        _settings = settings;
        _questions = bank.Questions.ToDictionary(
            q => q.Id,
            q => new QuestionPatterns(q, settings),
            StringComparer.Ordinal);
        _reader = new SentenceReader(settings);
    }

    public Task<GradingProposal> ProposeAsync(GradingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Propose(request));

    /// <exception cref="AnswerNotGradedException">For a drafted question, which has nothing the offline engine could find.</exception>
    /// <summary>The patterns of a question of the bank, as graders use them.</summary>
    internal QuestionPatterns PatternsOf(string questionId) => _questions[questionId];

    public GradingProposal Propose(GradingRequest request)
    {
        if (request.Question.Drafted)
        {
            throw new AnswerNotGradedException(UngradedReason.ModelUnavailable);
        }

        var compiled = _questions.TryGetValue(request.Question.Id, out var known) ? known.ForGrading() : new CompiledQuestion(request.Question, _settings);
        var sentences = request.Answers.SelectMany(_reader.Read).ToList();
        var reading = new AnswerReading(sentences, compiled, _settings);
        var findings = compiled.Points.Select(p => PointMatcher.Assess(p, reading)).ToList();
        if (IsIncidental(findings))
        {
            findings = findings.Select(f => f with { Status = PointStatus.Missing, Quote = null }).ToList();
        }

        var points = findings.Select(f => new PointProposal(f.PointId, f.Status, f.Quote)).ToList();
        var observations = new AnswerObservations(
            OnlyKeywords: sentences.Count > 0 && sentences.All(s => s.Kind != SentenceKind.Explanation) && points.Any(p => p.Status != PointStatus.Missing),
            AddressedTheGrader: sentences.Any(s => s.Kind == SentenceKind.GraderInstruction));
        return new GradingProposal(points, GradingEngine.Offline, observations, Misreading(compiled, reading, findings, request.Language));
    }

    // A single concept of the whole rubric, once, is a coincidence of vocabulary ("solo travel" for "team or solo?"),
    // not an answer to the question; nor is a story with none of the rubric's concepts (a holiday told well). A
    // point stated wrongly is never a coincidence.
    private static bool IsIncidental(IReadOnlyList<PointFinding> findings)
    {
        var concepts = findings.Sum(f => f.IdeasFound);
        var steps = findings.Sum(f => f.StepsFound);
        return (concepts == 0 || (concepts == 1 && steps == 0)) && findings.All(f => f.Status != PointStatus.Incorrect);
    }

    private static string? Misreading(CompiledQuestion compiled, AnswerReading reading, IReadOnlyList<PointFinding> findings, Language language)
    {
        var total = compiled.Question.ReferencePoints.Sum(p => p.Weight);
        var earned = compiled.Question.ReferencePoints.Zip(findings).Sum(pair => pair.Second.Status switch
        {
            PointStatus.Covered => pair.First.Weight,
            PointStatus.Partial => pair.First.Weight / 2.0,
            _ => 0,
        });
        if (total <= 0 || earned >= MisreadBelowShare * total)
        {
            return null;
        }

        return compiled.Misreadings
            .Select((m, i) => (m.Misreading, Found: reading.MisreadingConcepts[i]))
            .Where(m => m.Found >= m.Misreading.Require)
            .OrderByDescending(m => m.Found)
            .Select(m => m.Misreading.Label.In(language))
            .FirstOrDefault();
    }
}
