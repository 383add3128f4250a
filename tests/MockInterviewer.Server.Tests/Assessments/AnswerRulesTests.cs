using Microsoft.Extensions.Options;
using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Configuration;

namespace MockInterviewer.Server.Tests.Assessments;

public sealed class AnswerRulesTests
{
    private static readonly AnswerRules Rules = new(Options.Create(new LimitsOptions { MaxAnswerChars = 40 }));

    private static string Accepted(string answer)
    {
        Assert.True(Rules.TryAccept(answer, out var accepted, out var refusal), refusal?.Code);
        return accepted;
    }

    private static string Refused(string? answer)
    {
        Assert.False(Rules.TryAccept(answer, out _, out var refusal));
        return refusal.Code;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("\uFEFF\u2060\u00AD")]
    [InlineData("\u3164\u115F\u1160\uFFA0")]
    [InlineData("\u2800 \u034F")]
    [InlineData("\u0000\u0001\u007F\u0085")]
    [InlineData("\u001B[31m\u001B[0m")]
    public void Blank_or_invisible_answers_are_empty(string? answer) => Assert.Equal("answer-empty", Refused(answer));

    [Theory]
    [InlineData("Over\u0000fitting", "Overfitting")]
    [InlineData("a\u0007b\u0008c\u007Fd\u0085e\u009Ff", "abcdef")]
    [InlineData("\u001B[1;31mred\u001B[0m text", "red text")]
    [InlineData("\u009B2Jcleared", "cleared")]
    [InlineData("\u001B]0;window title\u0007answer", "answer")]
    [InlineData("\u001B]8;;http://x\u001B\\link", "link")]
    [InlineData("\u001BMup", "up")]
    public void Terminal_escapes_and_control_characters_are_dropped(string answer, string kept) => Assert.Equal(kept, Accepted(answer));

    [Fact]
    public void Line_breaks_and_tabs_are_kept_with_one_kind_of_line_break()
    {
        Assert.Equal("one\ntwo\nthree\tfour", Accepted("one\r\ntwo\rthree\tfour"));
    }

    [Fact]
    public void Text_is_normalised_to_composed_form()
    {
        var decomposed = "교차 검증".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("교차 검증", decomposed);

        Assert.Equal("교차 검증", Accepted(decomposed));
    }

    [Fact]
    public void Emoji_stay_whole_and_a_lone_surrogate_is_dropped()
    {
        Assert.Equal("good 👍 idea", Accepted("good 👍 idea\uD800"));
    }

    [Fact]
    public void Length_counts_what_was_sent_up_to_the_limit_and_no_further()
    {
        Assert.Equal("at the limit", Accepted("at the limit" + new string('\u0001', 40 - "at the limit".Length)));
        Assert.Equal("answer-too-long", Refused("over the limit" + new string('\u0001', 41 - "over the limit".Length)));
        Assert.Equal("answer-too-long", Refused(new string('가', 41)));
    }
}
