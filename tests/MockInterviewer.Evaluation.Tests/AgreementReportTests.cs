using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation.Tests;

public sealed class AgreementReportTests
{
    private static ScoredAnswer Scored(string question, Label label, int score, bool stuck = false) =>
        new(
            new LabelledAnswer(question, Language.Ko, label, $"{label} {score}"),
            "demo",
            new Assessment(question, Language.Ko, score, [], [], [], null, GradingEngine.Offline),
            stuck);

    [Fact]
    public void A_share_over_no_answers_is_unknown_rather_than_perfect()
    {
        var report = new AgreementReport("demo", [Scored("q", Label.Strong, 90), Scored("q", Label.Weak, 10)]);

        Assert.Null(report.OffTopicNearZero);
        Assert.Null(report.SwappedCaught);
        Assert.Null(report.PleasRecognised);
        Assert.Null(report.OrderingAccuracy);
        Assert.Equal(0, report.OrderedGroups);
    }

    [Fact]
    public void Every_strong_answer_must_outscore_every_partial_one_for_the_group_to_be_ordered()
    {
        var report = new AgreementReport("demo",
        [
            Scored("q", Label.Strong, 90), Scored("q", Label.Strong, 40),
            Scored("q", Label.Partial, 50),
            Scored("q", Label.Weak, 5),
        ]);

        Assert.Equal(1, report.OrderedGroups);
        Assert.Equal(0.0, report.OrderingAccuracy);
        Assert.Equal(4 / 5.0, report.PairwiseAccuracy);
    }

    [Fact]
    public void A_plea_counts_for_stuck_detection_only_and_a_real_answer_taken_for_one_is_reported()
    {
        var report = new AgreementReport("demo",
        [
            Scored("q", Label.Plea, 0, stuck: true),
            Scored("q", Label.Partial, 40, stuck: true),
        ]);

        Assert.Equal(1.0, report.PleasRecognised);
        Assert.Single(report.AnswersTakenForPleas);
        Assert.False(report.MeanByLabel.ContainsKey(Label.Plea));
    }
}
