using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

/// <summary>An answer to another reading of the question is named as such, and its sentences are no evidence for the real points.</summary>
public sealed class MisreadingTests
{
    private static readonly QuestionGrader Grader = new(GraderBankYaml.Ensembles, "demo-ensembles");

    private static Assessment Grade(string answer, Language language) => Grader.Grade(answer, language);

    [Theory]
    [InlineData("데이터를 표준화해서 평균 0, 분산 1로 맞춥니다. 스케일링을 하면 학습이 빨라집니다.", Language.Ko, "특성 스케일링")]
    [InlineData("You standardize the features to zero mean and unit variance before training.", Language.En, "feature scaling")]
    public void An_answer_about_the_other_reading_is_named_and_earns_nothing_from_it(string answer, Language language, string label)
    {
        var assessment = Grade(answer, language);

        Assert.Equal(label, assessment.Misreading);
        Assert.Equal(PointStatus.Missing, assessment.Points.Single(p => p.PointId == "spread").Status);
        Assert.Equal(0, assessment.Score);
    }

    [Fact]
    public void A_real_answer_that_mentions_the_other_reading_in_passing_is_not_called_a_misreading()
    {
        var assessment = Grade(
            "배깅은 여러 모델을 병렬로 학습해서 예측의 분산을 줄이고, 부스팅은 순차적으로 학습합니다. 입력은 미리 스케일링해 둡니다.",
            Language.Ko);

        Assert.Null(assessment.Misreading);
        Assert.Equal(100, assessment.Score);
    }
}
