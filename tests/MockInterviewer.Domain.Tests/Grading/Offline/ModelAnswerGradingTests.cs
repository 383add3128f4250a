using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

/// <summary>
/// The bank's own model answers, graded offline: a contradiction, misreading or rubric echo written too broadly
/// shows up here first, as a model answer called wrong, misread or empty.
/// </summary>
public sealed class ModelAnswerGradingTests
{
    private const int MinModelAnswerScore = 60;

    private static readonly AnswerAssessor Grader =
        AnswerAssessor.Offline(RealPrompts.Value.Bank, RealPrompts.GraderSettings, RealPrompts.Phrases);

    public static TheoryData<string, Language> Answers
    {
        get
        {
            var data = new TheoryData<string, Language>();
            foreach (var question in RealPrompts.Value.Bank.Questions)
            {
                data.Add(question.Id, Language.Ko);
                data.Add(question.Id, Language.En);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void A_model_answer_is_never_called_wrong_or_misread_and_scores_well(string questionId, Language language)
    {
        var question = RealPrompts.Value.Bank.Find(questionId)!;

        var assessment = Grader.Grade(new GradingRequest(question, question.ModelAnswer.In(language), language));

        Assert.Null(assessment.Misreading);
        Assert.DoesNotContain(assessment.Points, p => p.Status == PointStatus.Incorrect);
        Assert.True(assessment.Score >= MinModelAnswerScore, $"{questionId} [{language}]: {assessment.Score}");
    }
}
