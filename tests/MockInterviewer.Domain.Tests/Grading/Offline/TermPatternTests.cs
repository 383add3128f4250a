using MockInterviewer.Domain.Grading.Offline;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

public sealed class TermPatternTests
{
    [Theory]
    [InlineData("교차 검증", "교차검증은 중요합니다")]
    [InlineData("교차검증", "교차 검증을 씁니다")]
    [InlineData("과적합", "과적합이 생기면")]
    [InlineData("SMOTE", "SMOTE를 적용했습니다")]
    [InlineData("F1 score", "F1-score는 조화 평균")]
    [InlineData("automated test", "we keep automating tests")]
    [InlineData("reply", "she replied quickly")]
    [InlineData("decorator", "decorators wrap functions")]
    [InlineData("log", "logging every prediction")]
    [InlineData("embedding", "we embed each item")]
    [InlineData("deploy", "it was deployed on Friday")]
    public void Term_finds_its_variants(string term, string text) =>
        Assert.Matches(TermPattern.Build([term]), text);

    [Theory]
    [InlineData("배치", "재배치를 했습니다")]
    [InlineData("bag", "garbage collection")]
    [InlineData("map", "maple syrup")]
    [InlineData("TP", "HTTP requests")]
    public void Term_does_not_fire_inside_other_words(string term, string text) =>
        Assert.DoesNotMatch(TermPattern.Build([term]), text);
}
