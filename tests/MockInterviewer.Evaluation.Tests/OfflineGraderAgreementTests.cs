using MockInterviewer.Domain;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation.Tests;

/// <summary>
/// The offline grader against the people-labelled answers in LabelledAnswers/ (written without sight of the
/// bank's term lists). The floors sit a little under the measured figures, so a change that makes the
/// grader disagree more with people fails here.
/// </summary>
public sealed class OfflineGraderAgreementTests
{
    private static readonly Lazy<AgreementReport> Overall = new(() =>
    {
        var root = RepositoryRoot();
        var library = PromptLibrary.Load(Path.Combine(root, "prompts"));
        var grader = AnswerAssessor.Offline(library.Bank, library.GraderSettings, library.Phrases);
        var set = LabelledSetLoader.LoadDirectory(Path.Combine(root, "tests", "MockInterviewer.Evaluation.Tests", "LabelledAnswers"));
        return GraderEvaluation.RunAsync(library.Bank, grader, set, CancellationToken.None).GetAwaiter().GetResult()[0];
    });

    [Fact]
    public void Labelled_set_covers_every_question_in_both_languages()
    {
        var root = RepositoryRoot();
        var bank = PromptLibrary.Load(Path.Combine(root, "prompts")).Bank;

        var covered = Overall.Value.Scored.Select(s => (s.Answer.QuestionId, s.Answer.Language)).ToHashSet();

        Assert.All(bank.Questions, q =>
        {
            Assert.Contains((q.Id, Domain.Bank.Language.Ko), covered);
            Assert.Contains((q.Id, Domain.Bank.Language.En), covered);
        });
    }

    [Fact]
    public void Strong_outscores_partial_outscores_weak_for_nine_in_ten_questions() =>
        Assert.True(Overall.Value.OrderingAccuracy >= 0.90, $"ordering accuracy {Overall.Value.OrderingAccuracy:P1}");

    [Fact]
    public void Pairwise_order_agrees_with_people_almost_always() =>
        Assert.True(Overall.Value.PairwiseAccuracy >= 0.95, $"pairwise accuracy {Overall.Value.PairwiseAccuracy:P1}");

    [Fact]
    public void Off_topic_answers_score_near_zero()
    {
        Assert.True(Overall.Value.MeanByLabel[Label.OffTopic] <= 5, $"off-topic mean {Overall.Value.MeanByLabel[Label.OffTopic]:0.0}");
        Assert.True(Overall.Value.OffTopicNearZero >= 0.85, $"off-topic at most {AgreementReport.OffTopicCeiling}: {Overall.Value.OffTopicNearZero:P0}");

        // Some off-topic answers in the set reuse the question's own words on purpose ("disagreement between nodes"):
        // even those stay well under a real answer.
        Assert.All(Overall.Value.Scored.Where(s => s.Answer.Label == Label.OffTopic), s => Assert.True(s.Score <= 50, s.Answer.QuestionId));
    }

    [Fact]
    public void A_bare_list_of_keywords_never_scores_like_an_explanation()
    {
        Assert.Equal(1.0, Overall.Value.KeywordsBelowStrong);
        Assert.True(Overall.Value.MeanByLabel[Label.Strong] - Overall.Value.MeanByLabel[Label.Keywords] >= 30);
    }

    [Fact]
    public void Instructions_to_the_grader_earn_nothing_over_a_weak_answer()
    {
        Assert.Equal(1.0, Overall.Value.InjectionBelowStrong);
        Assert.True(Overall.Value.MeanByLabel[Label.Injection] <= Overall.Value.MeanByLabel[Label.Weak] + 5);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MockInterviewer.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MockInterviewer.sln not found.");
    }
}
