using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class SpokenLengthTests
{
    [Fact]
    public void English_is_timed_by_words()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", 150));

        Assert.Equal(SpokenLength.TargetSeconds, SpokenLength.EstimateSeconds(text, Language.En));
    }

    [Fact]
    public void Korean_is_timed_by_syllables_not_spaces_or_punctuation()
    {
        var text = string.Concat(Enumerable.Repeat("안녕하세요, 반갑습니다! ", 27));

        Assert.Equal(SpokenLength.TargetSeconds, SpokenLength.EstimateSeconds(text, Language.Ko));
    }

    [Theory]
    [InlineData(44, 60, LengthVerdict.TooShort)]
    [InlineData(45, 60, LengthVerdict.Good)]
    [InlineData(75, 60, LengthVerdict.Good)]
    [InlineData(76, 60, LengthVerdict.TooLong)]
    [InlineData(60, 90, LengthVerdict.TooShort)]
    public void A_length_within_a_quarter_of_its_target_is_good(int seconds, int target, LengthVerdict expected)
    {
        Assert.Equal(expected, SpokenLength.VerdictOf(seconds, target));
    }
}
