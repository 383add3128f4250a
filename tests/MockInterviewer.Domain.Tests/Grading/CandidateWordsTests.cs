using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Tests.Grading;

public sealed class CandidateWordsTests
{
    private static readonly CandidateWords Words = new(["First answer:\n  we split the data   into folds.", "Second reply, about overfitting."]);

    [Theory]
    [InlineData("we split the data into folds.", "we split the data   into folds.")]
    [InlineData("WE SPLIT the data", "we split the data")]
    [InlineData("\"about overfitting\"", "about overfitting")]
    [InlineData("…split the data...", "split the data")]
    public void Finds_a_quote_despite_spacing_case_and_quotation_marks(string quote, string expected)
    {
        Assert.Equal(expected, Words.Find(quote));
    }

    [Theory]
    [InlineData("we split the data into folds. Second reply")]
    [InlineData("we validate on each fold")]
    [InlineData("a")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_quote_that_is_not_the_candidates_words_within_one_answer_is_not_found(string? quote)
    {
        Assert.Null(Words.Find(quote));
    }
}
