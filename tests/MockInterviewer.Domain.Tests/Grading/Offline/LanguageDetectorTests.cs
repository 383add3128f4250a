using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading.Offline;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("교차 검증은 데이터를 나눠서 평가합니다.", Language.Ko)]
    [InlineData("SMOTE로 minority class를 oversampling 합니다.", Language.Ko)]
    [InlineData("Cross-validation splits the data into folds.", Language.En)]
    public void Detects_the_answer_language(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
