using BenchmarkDotNet.Attributes;
using MockInterviewer.Benchmarks.Support;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Benchmarks.Grading;

/// <summary>
/// One answer through the offline grading path the hub uses (engine proposes, verifier scores and writes the
/// feedback), over every question of the bank: a full model answer, and a short partial one.
/// </summary>
[MemoryDiagnoser]
public class OfflineGraderBenchmarks
{
    private AnswerAssessor _assessor = null!;
    private GradingRequest[] _full = [];
    private GradingRequest[] _short = [];

    [Params(Language.En, Language.Ko)]
    public Language Language { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var prompts = BenchmarkPrompts.Load();
        _assessor = AnswerAssessor.Offline(prompts.Bank, prompts.GraderSettings, prompts.Phrases);
        var questions = prompts.Bank.Questions;
        _full = [.. questions.Select(q => new GradingRequest(q, q.ModelAnswer.In(Language), Language))];
        _short = [.. questions.Select(q => new GradingRequest(q, ShortAnswer(q), Language))];
    }

    [Benchmark(Description = "model answer, per answer", OperationsPerInvoke = QuestionsPerInvoke)]
    public Task<Assessment> ModelAnswer() => GradeAll(_full);

    [Benchmark(Description = "short answer, per answer", OperationsPerInvoke = QuestionsPerInvoke)]
    public Task<Assessment> ShortAnswer() => GradeAll(_short);

    // The bank's size is known only at run time; the figures are per answer over this many, cycling the bank.
    private const int QuestionsPerInvoke = 64;

    private async Task<Assessment> GradeAll(GradingRequest[] requests)
    {
        Assessment last = null!;
        for (var i = 0; i < QuestionsPerInvoke; i++)
        {
            last = await _assessor.GradeAsync(requests[i % requests.Length], CancellationToken.None);
        }

        return last;
    }

    // The first reference point said in a sentence: the answer of a candidate who knows one thing.
    private string ShortAnswer(Question question) =>
        question.ReferencePoints.Count == 0 ? question.ModelAnswer.In(Language) : question.ReferencePoints[0].Text.In(Language);
}
