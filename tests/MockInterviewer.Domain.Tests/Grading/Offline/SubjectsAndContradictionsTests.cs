using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

/// <summary>A point's concepts count only where the answer talks about its subject; saying the opposite of it is stated wrongly.</summary>
public sealed class SubjectsAndContradictionsTests
{
    private static readonly QuestionGrader Grader = new(GraderBankYaml.Ensembles, "demo-ensembles");

    private static Assessment Grade(string answer, Language language) => Grader.Grade(answer, language);

    private static PointAssessment Point(Assessment assessment, string id) => QuestionGrader.Point(assessment, id);

    [Theory]
    [InlineData("배깅은 여러 모델을 병렬로 학습하고, 부스팅은 모델을 순차적으로 학습합니다.", Language.Ko)]
    [InlineData("배깅은 병렬로, 부스팅은 순차적으로 학습합니다.", Language.Ko)]
    [InlineData("Bagging trains its models in parallel, while boosting trains them one after another.", Language.En)]
    [InlineData("Unlike bagging, boosting trains its models sequentially. Bagging trains them independently.", Language.En)]
    public void Each_subject_gets_the_words_said_of_it(string answer, Language language)
    {
        var assessment = Grade(answer, language);

        Assert.Equal(PointStatus.Covered, Point(assessment, "bagging-parallel").Status);
        Assert.Equal(PointStatus.Covered, Point(assessment, "boosting-sequential").Status);
    }

    [Theory]
    [InlineData("배깅은 모델을 순차적으로 하나씩 학습합니다. 부스팅은 여러 모델을 병렬로 학습합니다.", Language.Ko)]
    [InlineData("배깅은 순차적으로, 부스팅은 병렬로 학습합니다.", Language.Ko)]
    [InlineData("Bagging trains its models sequentially, and boosting trains them in parallel.", Language.En)]
    public void Swapped_definitions_earn_nothing_and_are_stated_wrongly(string answer, Language language)
    {
        var assessment = Grade(answer, language);

        var bagging = Point(assessment, "bagging-parallel");
        var boosting = Point(assessment, "boosting-sequential");
        Assert.Equal(PointStatus.Incorrect, bagging.Status);
        Assert.Equal(PointStatus.Incorrect, boosting.Status);
        Assert.Contains(language == Language.Ko ? "순차" : "sequentially", bagging.Evidence!, StringComparison.Ordinal);
        Assert.Contains(bagging.Evidence!, answer, StringComparison.Ordinal);
        Assert.Equal(0, assessment.Score);
    }

    [Theory]
    [InlineData("배깅은 순차적이 아니라 병렬로 학습합니다.", Language.Ko)]
    [InlineData("배깅은 순차적으로 학습하지 않고 각 모델을 독립적으로 학습합니다.", Language.Ko)]
    [InlineData("Bagging does not train sequentially; each model is trained independently.", Language.En)]
    public void Denying_the_wrong_idea_is_not_stating_it(string answer, Language language)
    {
        var bagging = Point(Grade(answer, language), "bagging-parallel");

        Assert.NotEqual(PointStatus.Incorrect, bagging.Status);
    }

    [Fact]
    public void A_subject_named_as_another_name_does_not_take_over_the_sentence()
    {
        // "부스팅이라고도 하는" calls bagging by the other's name; what follows is still said of bagging.
        var assessment = Grade("배깅은 부스팅이라고도 하는데, 모델을 순차적으로 학습합니다.", Language.Ko);

        Assert.Equal(PointStatus.Incorrect, Point(assessment, "bagging-parallel").Status);
        Assert.NotEqual(PointStatus.Covered, Point(assessment, "boosting-sequential").Status);
    }

    [Fact]
    public void A_point_without_a_subject_counts_wherever_it_is_said()
    {
        var assessment = Grade("Bagging trains models in parallel, which lowers the variance of the predictions.", Language.En);

        Assert.Equal(PointStatus.Covered, Point(assessment, "spread").Status);
    }
}
