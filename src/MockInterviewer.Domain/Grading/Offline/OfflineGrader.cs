using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Phrases;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// Grades without a model: each reference point is matched against the candidate's sentences, in Korean and
/// English, and the score follows from the statuses and weights.
/// </summary>
public sealed class OfflineGrader : IAnswerGrader
{
    private readonly Dictionary<string, CompiledQuestion> _questions;
    private readonly SentenceReader _reader;
    private readonly FeedbackWriter _feedback;

    public OfflineGrader(QuestionBank bank, OfflineGraderSettings settings, PhraseBook phrases)
    {
        _questions = bank.Questions.ToDictionary(q => q.Id, q => new CompiledQuestion(q), StringComparer.Ordinal);
        _reader = new SentenceReader(settings);
        _feedback = new FeedbackWriter(phrases);
    }

    public Task<Assessment> GradeAsync(GradingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Grade(request));

    public Assessment Grade(GradingRequest request)
    {
        var compiled = _questions.TryGetValue(request.Question.Id, out var known) ? known : new CompiledQuestion(request.Question);
        var sentences = request.Answers.SelectMany(_reader.Read).ToList();
        var matches = compiled.Points.Select(p => PointMatcher.Assess(p, sentences, request.Language)).ToList();
        var points = IsIncidental(matches)
            ? matches.Select(m => m.Assessment with { Status = PointStatus.Missing, Evidence = null }).ToList()
            : matches.Select(m => m.Assessment).ToList();
        var score = ScoreCalculator.Compute(request.Question.ReferencePoints, points);
        var followUp = FollowUpPicker.Pick(request.Question, points, request.AskedFollowUps, request.Language);

        var signals = new AnswerSignals(
            OnlyKeywords: sentences.Count > 0 && sentences.All(s => s.Kind != SentenceKind.Explanation) && points.Any(p => p.Status != PointStatus.Missing),
            AddressedTheGrader: sentences.Any(s => s.Kind == SentenceKind.GraderInstruction));
        var (strengths, improvements) = _feedback.Write(request.Question, points, signals, request.Language);

        return new Assessment(request.Question.Id, request.Language, score, points, strengths, improvements, followUp, GradingEngine.Offline);
    }

    // A single term of the whole rubric, once, is a coincidence of vocabulary ("solo travel" for "team or solo?"),
    // not an answer to the question.
    private static bool IsIncidental(IReadOnlyList<PointMatch> matches) => matches.Sum(m => m.ConceptsFound) <= 1;
}
