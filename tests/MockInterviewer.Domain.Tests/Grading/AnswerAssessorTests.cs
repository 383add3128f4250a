using Moq;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading;

/// <summary>Whatever an engine proposes, the domain decides what stands: quotes, statuses, score and follow-up.</summary>
public sealed class AnswerAssessorTests
{
    private const string Answer = "데이터를 다섯 개의 폴드로 나누고, 돌아가며 한 폴드씩 검증합니다.";

    private static readonly QuestionBank Demo = QuestionBankLoader.Load([("demo.yaml", BankYaml.Valid)]);
    private static readonly Question CrossValidation = Demo.Find("demo-cv")!;

    private static Task<Assessment> Grade(GradingProposal proposal, GradingRequest? request = null)
    {
        var engine = new Mock<IGradingEngine>();
        engine.Setup(e => e.ProposeAsync(It.IsAny<GradingRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(proposal);
        var assessor = new AnswerAssessor(engine.Object, new AssessmentVerifier(new FeedbackWriter(RealPrompts.Phrases)));
        return assessor.GradeAsync(request ?? new GradingRequest(CrossValidation, Answer, Language.Ko), CancellationToken.None);
    }

    private static GradingProposal Proposal(params PointProposal[] points) =>
        new(points, GradingEngine.Llm, AnswerObservations.None);

    [Fact]
    public async Task A_quote_found_in_the_answer_is_kept_as_the_candidates_own_text()
    {
        var assessment = await Grade(Proposal(new PointProposal("folds", PointStatus.Covered, "“다섯 개의  폴드로 나누고,   돌아가며”")));

        var folds = assessment.Points.Single(p => p.PointId == "folds");
        Assert.Equal(PointStatus.Covered, folds.Status);
        Assert.Equal("다섯 개의 폴드로 나누고, 돌아가며", folds.Evidence);
        Assert.Equal(60, assessment.Score);
    }

    [Fact]
    public async Task A_fabricated_quote_is_dropped_and_its_point_earns_nothing()
    {
        var assessment = await Grade(Proposal(
            new PointProposal("folds", PointStatus.Covered, "다섯 개의 폴드로 나누고"),
            new PointProposal("overfitting", PointStatus.Covered, "이렇게 하면 과적합을 잡아낼 수 있습니다.")));

        var overfitting = assessment.Points.Single(p => p.PointId == "overfitting");
        Assert.Equal(PointStatus.Missing, overfitting.Status);
        Assert.Null(overfitting.Evidence);
        Assert.Equal(60, assessment.Score);
    }

    [Fact]
    public async Task A_status_without_any_quote_earns_nothing()
    {
        var assessment = await Grade(Proposal(new PointProposal("folds", PointStatus.Covered, null)));

        Assert.All(assessment.Points, p => Assert.Equal(PointStatus.Missing, p.Status));
        Assert.Equal(0, assessment.Score);
    }

    [Fact]
    public async Task Hints_are_never_evidence_because_only_the_candidates_answers_are_searched()
    {
        var hint = "한 번만 나누면 어떤 문제가 있을까요?";
        var request = new GradingRequest(CrossValidation, "잘 모르겠습니다만 여러 번 확인합니다.", Language.Ko);

        var assessment = await Grade(Proposal(new PointProposal("folds", PointStatus.Covered, hint)), request);

        Assert.Equal(0, assessment.Score);
    }

    [Fact]
    public async Task An_incorrect_point_keeps_the_wrong_statement_as_evidence_and_earns_nothing()
    {
        var assessment = await Grade(Proposal(
            new PointProposal("folds", PointStatus.Incorrect, "돌아가며 한 폴드씩 검증합니다."),
            new PointProposal("overfitting", PointStatus.Missing, null)));

        var folds = assessment.Points.Single(p => p.PointId == "folds");
        Assert.Equal(PointStatus.Incorrect, folds.Status);
        Assert.Equal("돌아가며 한 폴드씩 검증합니다.", folds.Evidence);
        Assert.Equal(0, assessment.Score);
        Assert.Equal("folds", assessment.FollowUp!.PointId);
    }

    [Fact]
    public async Task Points_the_engine_left_out_or_invented_do_not_count()
    {
        var assessment = await Grade(Proposal(new PointProposal("made-up", PointStatus.Covered, "폴드")));

        Assert.Equal(["folds", "overfitting"], assessment.Points.Select(p => p.PointId));
        Assert.Equal(0, assessment.Score);
    }

    [Fact]
    public async Task Each_hint_used_costs_a_little_of_the_score()
    {
        var proposal = Proposal(new PointProposal("folds", PointStatus.Covered, "다섯 개의 폴드로 나누고"));
        var request = new GradingRequest(CrossValidation, Answer, Language.Ko) { HintsUsed = 2 };

        var assessment = await Grade(proposal, request);

        Assert.Equal(60 - (2 * ScoreCalculator.HintCost), assessment.Score);
        Assert.Equal(2, assessment.HintsUsed);
    }

    [Fact]
    public async Task The_follow_up_probes_the_heaviest_open_point_in_the_banks_words()
    {
        var assessment = await Grade(Proposal(new PointProposal("overfitting", PointStatus.Covered, "검증합니다")));

        Assert.Equal(new SuggestedFollowUp(0, "folds", "데이터를 어떻게 나누나요?"), assessment.FollowUp);
    }

    [Fact]
    public async Task A_reviews_focus_point_is_probed_before_a_heavier_open_point()
    {
        var request = new GradingRequest(CrossValidation, Answer, Language.Ko) { FocusPoints = ["overfitting", "folds"] };

        var assessment = await Grade(Proposal(), request);

        Assert.Equal("overfitting", assessment.FollowUp!.PointId);
        Assert.Equal(1, assessment.FollowUp.BankIndex);
    }

    [Fact]
    public async Task A_focus_point_already_shown_gives_way_to_the_open_ones()
    {
        var request = new GradingRequest(CrossValidation, Answer, Language.Ko) { FocusPoints = ["folds"] };

        var assessment = await Grade(Proposal(new PointProposal("folds", PointStatus.Covered, "다섯 개의 폴드로 나누고")), request);

        Assert.Equal("overfitting", assessment.FollowUp!.PointId);
    }

    [Fact]
    public async Task The_engines_own_follow_up_is_used_when_it_aims_at_the_open_point()
    {
        var proposal = Proposal(new PointProposal("folds", PointStatus.Covered, "다섯 개의 폴드로 나누고"))
            with { FollowUp = new ProposedFollowUp("overfitting", "  이렇게 나누면 어떤 문제를 발견할 수 있을까요?  ") };

        var assessment = await Grade(proposal);

        Assert.Equal(new SuggestedFollowUp(null, "overfitting", "이렇게 나누면 어떤 문제를 발견할 수 있을까요?"), assessment.FollowUp);
    }

    [Fact]
    public async Task The_engines_follow_up_on_a_point_already_shown_is_ignored()
    {
        var proposal = Proposal(new PointProposal("folds", PointStatus.Covered, "다섯 개의 폴드로 나누고"))
            with { FollowUp = new ProposedFollowUp("folds", "폴드는 몇 개로 나누나요?") };

        var assessment = await Grade(proposal);

        Assert.Equal("overfitting", assessment.FollowUp!.PointId);
        Assert.Equal(1, assessment.FollowUp.BankIndex);
    }

    [Fact]
    public async Task A_point_already_probed_is_not_probed_again()
    {
        var request = new GradingRequest(CrossValidation, Answer, Language.Ko) { ProbedPoints = ["folds", "overfitting"] };

        var assessment = await Grade(Proposal(), request);

        Assert.Null(assessment.FollowUp);
    }

    [Fact]
    public async Task A_misreading_the_engine_noticed_reaches_the_assessment()
    {
        var assessment = await Grade(Proposal() with { Misreading = " 정규화(normalization) " });

        Assert.Equal("정규화(normalization)", assessment.Misreading);
    }
}
