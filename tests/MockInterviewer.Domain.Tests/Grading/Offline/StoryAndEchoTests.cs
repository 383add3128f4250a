using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

/// <summary>A question about the candidate is judged by the story told, not by the rubric's words (echoes: IssueNineGradingTests).</summary>
public sealed class StoryAndEchoTests
{
    private static readonly QuestionGrader Grader = new(GraderBankYaml.Personal, "demo-weakness");

    private static Assessment Grade(string answer, Language language) => Grader.Grade(answer, language);

    private static PointStatus Story(Assessment assessment) => assessment.Points.Single(p => p.PointId == "story").Status;

    [Theory]
    [InlineData("제 단점은 성격이 급하다는 점입니다. 작년 인턴 때 테스트를 건너뛰고 배포했다가 버그가 나서 팀 일정이 이틀 밀렸습니다.", Language.Ko)]
    [InlineData("I can be impatient. Last year I skipped a dry run and the migration dropped 300 rows, so my team lost a day.", Language.En)]
    public void A_real_situation_with_its_consequence_is_a_story(string answer, Language language)
    {
        var assessment = Grade(answer, language);

        Assert.Equal(PointStatus.Covered, Story(assessment));
        Assert.Equal(100, assessment.Score);
    }

    [Fact]
    public void A_habit_with_a_number_is_not_a_story()
    {
        var assessment = Grade("저는 급한 편이라 30분 이상 막히면 바로 팀원에게 물어봅니다.", Language.Ko);

        Assert.Equal(PointStatus.Missing, Story(assessment));
    }

    [Fact]
    public void A_story_about_something_else_is_no_answer_on_its_own()
    {
        var assessment = Grade("Last summer I went to Portugal by myself for two weeks and changed plans whenever I felt like it.", Language.En);

        Assert.Equal(0, assessment.Score);
    }
}
