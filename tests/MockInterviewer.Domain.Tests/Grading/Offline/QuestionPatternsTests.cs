using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

/// <summary>A question's patterns are compiled to IL once it is in use, and grade exactly as the interpreted ones did.</summary>
public sealed class QuestionPatternsTests
{
    private static QuestionBank Bank => RealPrompts.Value.Bank;

    [Fact]
    public async Task A_question_is_compiled_only_once_it_has_been_graded_often_and_then_its_patterns_are_compiled()
    {
        var grader = new OfflineGrader(Bank, RealPrompts.GraderSettings);
        var question = Bank.Questions.First(q => !q.Drafted && q.ReferencePoints.Count > 0);
        var patterns = grader.PatternsOf(question.Id);
        var request = new GradingRequest(question, [question.ModelAnswer.En], Language.En);

        for (var i = 1; i < QuestionPatterns.CompileAfterGradings; i++)
        {
            grader.Propose(request);
        }

        Assert.True(patterns.Compiled.IsCompleted);
        Assert.False(patterns.IsCompiled);
        Assert.All(patterns.ForGrading().OwnPatterns, p => Assert.False(p.Options.HasFlag(RegexOptions.Compiled)));

        await patterns.Compiled.WaitAsync(Eventually.Patience);

        Assert.True(patterns.IsCompiled);
        Assert.All(patterns.ForGrading().OwnPatterns, p => Assert.True(p.Options.HasFlag(RegexOptions.Compiled)));
    }

    public static TheoryData<string> SampledQuestions
    {
        get
        {
            // Every seventh question: each track and both kinds (technical, personal), without compiling the whole bank.
            var data = new TheoryData<string>();
            foreach (var question in Bank.Questions.Where(q => !q.Drafted && q.ReferencePoints.Count > 0).Where((_, i) => i % 7 == 0))
            {
                data.Add(question.Id);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SampledQuestions))]
    public async Task Compiled_patterns_grade_as_the_interpreted_ones_did(string questionId)
    {
        var grader = new OfflineGrader(Bank, RealPrompts.GraderSettings);
        var question = Bank.Find(questionId)!;
        var requests = AnswersTo(question).ToList();
        var interpreted = requests.Select(r => Shown(grader.Propose(r))).ToList();
        for (var i = requests.Count; i < QuestionPatterns.CompileAfterGradings; i++)
        {
            grader.Propose(requests[0]);
        }

        await grader.PatternsOf(questionId).Compiled.WaitAsync(Eventually.Patience);

        Assert.True(grader.PatternsOf(questionId).IsCompiled);
        Assert.Equal(interpreted, requests.Select(r => Shown(grader.Propose(r))));
    }

    // The model answer whole and cut to its first sentence, the question echoed back, in both languages.
    private static IEnumerable<GradingRequest> AnswersTo(Question question) =>
        new[] { Language.Ko, Language.En }.SelectMany(language => new[]
        {
            question.ModelAnswer.In(language),
            question.ModelAnswer.In(language).Split(['.', '다'], 2)[0],
            question.Text.In(language),
        }.Select(answer => new GradingRequest(question, [answer], language)));

    private static string Shown(GradingProposal proposal) =>
        string.Join(" | ", proposal.Points.Select(p => $"{p.PointId} {p.Status} {p.Quote}"))
        + $" | {proposal.Observations} | {proposal.Misreading}";
}
