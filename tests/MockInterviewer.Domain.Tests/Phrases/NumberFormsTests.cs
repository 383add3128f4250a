using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Phrases;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Phrases;

public sealed class NumberFormsTests
{
    private static PhraseBook Phrases => RealPrompts.Phrases;

    [Theory]
    [InlineData(1, Language.En, PluralCategory.One)]
    [InlineData(0, Language.En, PluralCategory.Other)]
    [InlineData(2, Language.En, PluralCategory.Other)]
    [InlineData(21, Language.En, PluralCategory.Other)]
    [InlineData(1, Language.Ko, PluralCategory.Other)]
    public void Cardinal_category_follows_the_language(int number, Language language, PluralCategory expected) =>
        Assert.Equal(expected, NumberForms.Cardinal(number, language));

    [Theory]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(4, PluralCategory.Other)]
    [InlineData(11, PluralCategory.Other)]
    [InlineData(12, PluralCategory.Other)]
    [InlineData(13, PluralCategory.Other)]
    [InlineData(21, PluralCategory.One)]
    [InlineData(22, PluralCategory.Two)]
    [InlineData(23, PluralCategory.Few)]
    [InlineData(111, PluralCategory.Other)]
    [InlineData(101, PluralCategory.One)]
    public void English_ordinal_category_follows_the_last_digits(int number, PluralCategory expected) =>
        Assert.Equal(expected, NumberForms.Ordinal(number, Language.En));

    [Fact]
    public void Korean_ordinals_have_a_single_category() =>
        Assert.All(Enumerable.Range(1, 30), n => Assert.Equal(PluralCategory.Other, NumberForms.Ordinal(n, Language.Ko)));

    [Theory]
    [InlineData(1, "1 minute")]
    [InlineData(2, "2 minutes")]
    [InlineData(30, "30 minutes")]
    public void Minutes_take_the_singular_only_for_one(int count, string expected) =>
        Assert.Equal(expected, Phrases.Count("minutes", count, Language.En));

    [Fact]
    public void Counts_in_korean_never_change_form()
    {
        Assert.Equal("1분", Phrases.Count("minutes", 1, Language.Ko));
        Assert.Equal("1개의 질문", Phrases.Count("questions", 1, Language.Ko));
        Assert.Equal("1 question", Phrases.Count("questions", 1, Language.En));
        Assert.Equal("1 second", Phrases.Count("seconds", 1, Language.En));
    }

    [Theory]
    [InlineData(1, "첫 번째", "first")]
    [InlineData(2, "두 번째", "second")]
    [InlineData(3, "세 번째", "third")]
    [InlineData(4, "네 번째", "fourth")]
    [InlineData(5, "다섯 번째", "fifth")]
    [InlineData(11, "11번째", "11th")]
    [InlineData(21, "21번째", "21st")]
    [InlineData(22, "22번째", "22nd")]
    [InlineData(23, "23번째", "23rd")]
    public void Ordinals_are_words_where_the_language_has_them(int number, string korean, string english)
    {
        Assert.Equal(korean, Phrases.Ordinal(number, Language.Ko));
        Assert.Equal(english, Phrases.Ordinal(number, Language.En));
    }
}
