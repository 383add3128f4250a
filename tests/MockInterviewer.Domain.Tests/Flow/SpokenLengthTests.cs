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
}
