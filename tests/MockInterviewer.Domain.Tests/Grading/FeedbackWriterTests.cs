using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading;

public sealed class FeedbackWriterTests
{
    private static readonly Question CrossValidation = QuestionBankLoader.Load([("demo.yaml", BankYaml.Valid)]).Find("demo-cv")!;
    private static readonly FeedbackWriter Writer = new(RealPrompts.Phrases);

    private static PointAssessment Point(string id, PointStatus status, string? quote = null) =>
        new(id, CrossValidation.FindPoint(id)!.Text.En, status, quote);

    [Theory]
    [InlineData(PointStatus.Missing, null)]
    [InlineData(PointStatus.Partial, "we check each fold")]
    [InlineData(PointStatus.Incorrect, "folds are never reused")]
    public void Improvements_give_the_banks_advice_to_the_candidate_not_the_rubrics_wording(PointStatus status, string? quote)
    {
        var folds = CrossValidation.FindPoint("folds")!;

        var (_, improvements) = Writer.Write(
            CrossValidation,
            [Point("folds", status, quote), Point("overfitting", PointStatus.Covered, "it reveals overfitting")],
            AnswerObservations.None,
            Language.En);

        var improvement = Assert.Single(improvements);
        Assert.Contains(folds.Advice.En, improvement, StringComparison.Ordinal);
        Assert.DoesNotContain(folds.Text.En, improvement, StringComparison.Ordinal);
        if (quote is not null)
        {
            Assert.Contains(quote, improvement, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Improvements_come_heaviest_first_and_wrong_statements_before_gaps()
    {
        var (_, improvements) = Writer.Write(
            CrossValidation,
            [Point("folds", PointStatus.Missing), Point("overfitting", PointStatus.Incorrect, "it hides overfitting")],
            AnswerObservations.None,
            Language.Ko);

        Assert.Equal(2, improvements.Count);
        Assert.Contains(CrossValidation.FindPoint("overfitting")!.Advice.Ko, improvements[0], StringComparison.Ordinal);
        Assert.Contains(CrossValidation.FindPoint("folds")!.Advice.Ko, improvements[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PointStatus.Covered)]
    [InlineData(PointStatus.Partial)]
    [InlineData(PointStatus.Incorrect)]
    public void A_sentence_that_carries_two_points_is_quoted_once(PointStatus status)
    {
        const string sentence = "we rotate through the folds, which shows overfitting";

        var (strengths, improvements) = Writer.Write(
            CrossValidation,
            [Point("folds", status, sentence), Point("overfitting", status, sentence)],
            AnswerObservations.None,
            Language.En);

        var feedback = strengths.Concat(improvements).ToList();
        Assert.Equal(2, feedback.Count);
        Assert.Single(feedback, f => f.Contains(sentence, StringComparison.Ordinal));
    }
}
