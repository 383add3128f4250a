using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// Grades without a model: each reference point is matched against the candidate's sentences, in Korean and
/// English, and proposed as covered, partial or missing with the sentence that shows it.
/// </summary>
public sealed class OfflineGrader : IGradingEngine
{
    private readonly Dictionary<string, CompiledQuestion> _questions;
    private readonly SentenceReader _reader;

    public OfflineGrader(QuestionBank bank, OfflineGraderSettings settings)
    {
        _questions = bank.Questions.ToDictionary(q => q.Id, q => new CompiledQuestion(q), StringComparer.Ordinal);
        _reader = new SentenceReader(settings);
    }

    public Task<GradingProposal> ProposeAsync(GradingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Propose(request));

    public GradingProposal Propose(GradingRequest request)
    {
        var compiled = _questions.TryGetValue(request.Question.Id, out var known) ? known : new CompiledQuestion(request.Question);
        var sentences = request.Answers.SelectMany(_reader.Read).ToList();
        var matches = compiled.Points.Select(p => PointMatcher.Assess(p, sentences)).ToList();
        var points = IsIncidental(matches)
            ? matches.Select(m => m.Proposal with { Status = PointStatus.Missing, Quote = null }).ToList()
            : matches.Select(m => m.Proposal).ToList();

        var observations = new AnswerObservations(
            OnlyKeywords: sentences.Count > 0 && sentences.All(s => s.Kind != SentenceKind.Explanation) && points.Any(p => p.Status != PointStatus.Missing),
            AddressedTheGrader: sentences.Any(s => s.Kind == SentenceKind.GraderInstruction));
        return new GradingProposal(points, GradingEngine.Offline, observations);
    }

    // A single term of the whole rubric, once, is a coincidence of vocabulary ("solo travel" for "team or solo?"),
    // not an answer to the question.
    private static bool IsIncidental(IReadOnlyList<PointMatch> matches) => matches.Sum(m => m.ConceptsFound) <= 1;
}
