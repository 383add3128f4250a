using MockInterviewer.Domain;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Evaluation.Tests;

/// <summary>
/// The offline grader against the people-labelled answers in LabelledAnswers/ (written without sight of the
/// bank's term lists), in two splits: tuning, which the grader's cues and concepts were adjusted against, and
/// held-out, written first and never looked at while tuning. The tuning floors sit a little under the measured
/// figures; the held-out floors are looser, as answers the grader was not fitted to deserve, but still fail
/// when the grader stops agreeing with people.
/// </summary>
public sealed class OfflineGraderAgreementTests
{
    private static readonly Lazy<(AgreementReport Tuning, AgreementReport HeldOut)> Reports = new(() =>
    {
        var root = RepositoryPaths.Root;
        var library = PromptLibrary.Load(RepositoryPaths.Prompts);
        var grader = AnswerAssessor.Offline(library.Bank, library.GraderSettings, library.Phrases);
        var stuckCues = new StuckCues(library.GraderSettings);
        var set = LabelledSet.Load(Path.Combine(root, "tests", "MockInterviewer.Evaluation.Tests", "LabelledAnswers"));
        AgreementReport Report(string name, IReadOnlyList<LabelledAnswer> answers) =>
            new(name, GraderEvaluation.ScoreAsync(library.Bank, grader, stuckCues, answers, CancellationToken.None).GetAwaiter().GetResult());
        return (Report(LabelledSet.TuningFolder, set.Tuning), Report(LabelledSet.HeldOutFolder, set.HeldOut));
    });

    private static readonly Dictionary<string, Floors> FloorsBySplit = new()
    {
        [LabelledSet.TuningFolder] = new(Ordering: 0.95, Pairwise: 0.98, OffTopic: 0.9, Swapped: 0.9, Echo: 0.8, Misreading: 0.9),
        [LabelledSet.HeldOutFolder] = new(Ordering: 0.85, Pairwise: 0.93, OffTopic: 0.8, Swapped: 0.6, Echo: 0.6, Misreading: 0.6),
    };

    public static TheoryData<string> Splits => [LabelledSet.TuningFolder, LabelledSet.HeldOutFolder];

    private static AgreementReport Split(string name) =>
        name == LabelledSet.TuningFolder ? Reports.Value.Tuning : Reports.Value.HeldOut;

    [Fact]
    public void Tuning_split_covers_every_question_in_both_languages()
    {
        var bank = PromptLibrary.Load(RepositoryPaths.Prompts).Bank;

        var covered = Reports.Value.Tuning.Scored.Select(s => (s.Answer.QuestionId, s.Answer.Language)).ToHashSet();

        Assert.All(bank.Questions, q =>
        {
            Assert.Contains((q.Id, Language.Ko), covered);
            Assert.Contains((q.Id, Language.En), covered);
        });
    }

    [Fact]
    public void Held_out_split_is_a_quarter_of_the_answers_spread_over_every_track_and_language()
    {
        var (tuning, heldOut) = Reports.Value;
        var share = heldOut.Scored.Count / (double)(tuning.Scored.Count + heldOut.Scored.Count);

        Assert.InRange(share, 0.2, 0.35);
        Assert.Equal(tuning.Scored.Select(s => s.Track).ToHashSet(), heldOut.Scored.Select(s => s.Track).ToHashSet());
        Assert.All(heldOut.Scored.GroupBy(s => s.Track), track =>
            Assert.Equal(2, track.Select(s => s.Answer.Language).Distinct().Count()));
        Assert.All(new[] { Label.Swapped, Label.Echo, Label.Misread, Label.Plea }, label =>
            Assert.Contains(heldOut.Scored, s => s.Answer.Label == label));
    }

    [Fact]
    public void No_held_out_answer_is_also_a_tuning_answer()
    {
        var tuning = Reports.Value.Tuning.Scored.Select(s => s.Answer.Answer.Trim()).ToHashSet();

        Assert.DoesNotContain(Reports.Value.HeldOut.Scored, s => tuning.Contains(s.Answer.Answer.Trim()));
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void Strong_outscores_partial_outscores_weak(string split)
    {
        var report = Split(split);

        Assert.True(report.OrderedGroups >= 10, $"{split}: only {report.OrderedGroups} groups");
        Assert.True(report.OrderingAccuracy >= FloorsBySplit[split].Ordering, $"{split}: ordering accuracy {report.OrderingAccuracy:P1}");
        Assert.True(report.PairwiseAccuracy >= FloorsBySplit[split].Pairwise, $"{split}: pairwise accuracy {report.PairwiseAccuracy:P1}");
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void Off_topic_answers_score_near_zero(string split)
    {
        var report = Split(split);
        var offTopic = report.Scored.Where(s => s.Answer.Label == Label.OffTopic).ToList();

        Assert.NotEmpty(offTopic);
        Assert.True(report.OffTopicNearZero >= FloorsBySplit[split].OffTopic, $"{split}: off-topic at most {AgreementReport.NothingCeiling}: {report.OffTopicNearZero:P0}");

        // Some off-topic answers reuse the question's own words on purpose ("disagreement between nodes"):
        // even those stay well under a real answer.
        Assert.All(offTopic, s => Assert.True(s.Score <= 50, $"{s.Answer.QuestionId}: {s.Score}"));
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void A_bare_list_of_keywords_never_scores_like_an_explanation(string split)
    {
        var report = Split(split);

        Assert.Equal(1.0, report.KeywordsBelowStrong);
        Assert.True(report.MeanByLabel[Label.Strong] - report.MeanByLabel[Label.Keywords] >= 30);
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void Instructions_to_the_grader_earn_nothing_over_a_weak_answer(string split)
    {
        var report = Split(split);

        Assert.Equal(1.0, report.InjectionBelowStrong);
        Assert.True(report.MeanByLabel[Label.Injection] <= report.MeanByLabel[Label.Weak] + 10, $"{split}: injection mean {report.MeanByLabel[Label.Injection]:0}");
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void Swapped_definitions_are_stated_wrongly_and_earn_less_than_a_partial_answer(string split)
    {
        var report = Split(split);

        Assert.True(report.SwappedCaught >= FloorsBySplit[split].Swapped, $"{split}: swapped caught {report.SwappedCaught:P0}");
        Assert.True(report.MeanByLabel[Label.Swapped] < report.MeanByLabel[Label.Partial], $"{split}: swapped mean {report.MeanByLabel[Label.Swapped]:0}");
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void An_answer_that_only_echoes_the_rubric_earns_next_to_nothing(string split)
    {
        var report = Split(split);

        Assert.True(report.EchoNearZero >= FloorsBySplit[split].Echo, $"{split}: echoes at most {AgreementReport.NothingCeiling}: {report.EchoNearZero:P0}");
        Assert.True(report.MeanByLabel[Label.Echo] < report.MeanByLabel[Label.Partial] / 2, $"{split}: echo mean {report.MeanByLabel[Label.Echo]:0}");
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void A_misread_question_is_named_and_never_on_a_real_answer(string split)
    {
        var report = Split(split);

        Assert.True(report.MisreadingNamed >= FloorsBySplit[split].Misreading, $"{split}: misreadings named {report.MisreadingNamed:P0}");
        Assert.Empty(report.FalseMisreadings.Select(s => s.Answer.QuestionId));
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void Only_a_reply_that_is_all_plea_is_taken_for_being_stuck(string split)
    {
        var report = Split(split);

        Assert.Equal(1.0, report.PleasRecognised);
        Assert.Empty(report.AnswersTakenForPleas.Select(s => s.Answer.Answer));
    }

    private sealed record Floors(double Ordering, double Pairwise, double OffTopic, double Swapped, double Echo, double Misreading);
}
