using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Practice;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tests.Support;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>
/// A question drafted for the job posting, asked in the interview: graded by the model only. When the model cannot
/// grade it, the answer is kept without a grade and the interview goes on; the offline engine never grades it.
/// </summary>
public sealed class DraftedQuestionFlowTests
{
    private const string KafkaAnswer = "Each partition is read by one consumer of the group. The group shares the topic that way.";
    private const string KafkaQuote = "Each partition is read by one consumer of the group";

    private static readonly Question Kafka = Drafts.Kafka.AsQuestion(1, FlowBank.Track);

    /// <summary>The offline grader for the bank's questions; for a drafted one, what the model would do.</summary>
    private sealed class ModelForDrafts(Func<GradingRequest, GradingProposal> drafted) : IGradingEngine
    {
        private readonly OfflineGrader _offline = new(FlowBank.Value, RealPrompts.GraderSettings);

        public List<GradingRequest> DraftedRequests { get; } = [];

        public Task<GradingProposal> ProposeAsync(GradingRequest request, CancellationToken cancellationToken)
        {
            if (!request.Question.Drafted)
            {
                return Task.FromResult(_offline.Propose(request));
            }

            DraftedRequests.Add(request);
            return Task.FromResult(drafted(request));
        }
    }

    private static AnswerAssessor Grader(IGradingEngine engine) => new(engine, new AssessmentVerifier(new FeedbackWriter(RealPrompts.Phrases)));

    private static async Task<(InterviewHarness Harness, string Id)> AtTheDraftAsync(IAnswerGrader? grader = null)
    {
        var harness = new InterviewHarness(FlowBank.Value, grader);
        var id = await harness.StartAsync(Settings(questionCount: 3), PlanPreferences.None with { Drafted = [Kafka] });
        await harness.AnswerCurrentThoroughlyAsync(id);
        return (harness, id);
    }

    [Fact]
    public async Task The_drafted_question_is_asked_in_its_turn_and_graded_by_the_model_against_its_own_points()
    {
        var model = new ModelForDrafts(request => Drafts.FirstPointCovered(request.Question, KafkaQuote));
        var (harness, id) = await AtTheDraftAsync(Grader(model));
        using var _ = harness;

        var asked = harness.LastReply(id).Single(t => t.Kind == MessageKind.Question);
        Assert.Equal(Kafka.Id, asked.QuestionId);
        Assert.Contains(Drafts.KafkaText, asked.Text, StringComparison.Ordinal);

        await harness.AnswerAsync(id, KafkaAnswer);

        var request = Assert.Single(model.DraftedRequests);
        Assert.Equal([KafkaAnswer], request.Answers);
        Assert.Equal(Kafka.ReferencePoints.Select(p => p.Id), request.Question.ReferencePoints.Select(p => p.Id));
        var assessment = harness.Store.Assessments.Single(a => a.QuestionId == Kafka.Id);
        Assert.Equal(GradingEngine.Llm, assessment.Engine);
        Assert.Equal(Kafka.ReferencePoints[0].Weight, assessment.Score);
        Assert.Equal(KafkaQuote, assessment.Points.Single(p => p.Status == PointStatus.Covered).Evidence);
        Assert.Equal([MessageKind.Feedback, MessageKind.Question], harness.LastReply(id).Select(t => t.Kind));

        var reported = harness.Reports.Build(harness.Session(id)).Questions[1];
        Assert.True(reported.Drafted);
        Assert.Equal(assessment.QuestionId, reported.QuestionId);
        Assert.Equal(RealPrompts.Phrases.Get("report.draftedCategory", Language.En), reported.CategoryTitle);
        Assert.Null(reported.NotGraded);
        Assert.Contains(Drafts.Kafka.Points[1].Text, reported.ModelAnswer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UngradedReason.ModelUnavailable)]
    [InlineData(UngradedReason.UnreadableReply)]
    [InlineData(UngradedReason.BudgetSpent)]
    public async Task When_the_model_cannot_grade_it_the_answer_is_kept_ungraded_and_the_interview_goes_on(UngradedReason reason)
    {
        var model = new ModelForDrafts(_ => throw new AnswerNotGradedException(reason));
        var (harness, id) = await AtTheDraftAsync(Grader(model));
        using var _ = harness;

        await harness.AnswerAsync(id, KafkaAnswer);

        var session = harness.Session(id);
        Assert.Equal(2, session.CurrentIndex);
        Assert.Equal(reason, session.Questions[1].NotGraded);
        Assert.Null(session.Questions[1].Assessment);
        Assert.Equal([KafkaAnswer], session.Questions[1].Answers);
        Assert.DoesNotContain(harness.Store.Assessments, a => a.QuestionId == Kafka.Id);
        Assert.Empty(harness.Events.Errors);
        Assert.Equal([MessageKind.Question], harness.LastReply(id).Select(t => t.Kind));

        var report = harness.Reports.Build(session);
        var reported = report.Questions[1];
        Assert.Equal((reason, QuestionOutcome.Answered), (reported.NotGraded!.Value, reported.Outcome));
        Assert.False(string.IsNullOrWhiteSpace(reported.NotGradedText));
        Assert.Equal(report.Questions[0].Assessment!.Score, report.OverallScore);
    }

    [Fact]
    public async Task Any_other_failure_of_the_model_on_a_drafted_question_leaves_it_ungraded_too()
    {
        var model = new ModelForDrafts(_ => throw new HttpRequestException("connection refused"));
        var (harness, id) = await AtTheDraftAsync(Grader(model));
        using var _ = harness;

        await harness.AnswerAsync(id, KafkaAnswer);

        Assert.Equal(UngradedReason.ModelUnavailable, harness.Session(id).Questions[1].NotGraded);
        Assert.Equal(2, harness.Session(id).CurrentIndex);
    }

    [Fact]
    public async Task The_offline_engine_never_grades_a_drafted_question()
    {
        var (harness, id) = await AtTheDraftAsync();
        using var _ = harness;

        await harness.AnswerAsync(id, KafkaAnswer);

        Assert.Equal(UngradedReason.ModelUnavailable, harness.Session(id).Questions[1].NotGraded);
        Assert.DoesNotContain(harness.Store.Assessments, a => a.QuestionId == Kafka.Id);
        Assert.Throws<AnswerNotGradedException>(() =>
            new OfflineGrader(FlowBank.Value, RealPrompts.GraderSettings).Propose(new GradingRequest(Kafka, KafkaAnswer, Language.En)));
    }

    [Fact]
    public async Task Hints_on_a_drafted_question_are_said_without_a_bank_hint_of_its_own()
    {
        var (harness, id) = await AtTheDraftAsync();
        using var _ = harness;

        await harness.HintAsync(id);
        await harness.HintAsync(id);

        Assert.Equal([MessageKind.Hint], harness.LastReply(id).Select(t => t.Kind));
        Assert.Equal(2, harness.Session(id).Questions[1].HintsGiven);
    }

    [Fact]
    public void A_drafted_questions_points_are_no_results_a_review_could_schedule()
    {
        var assessment = FlowSessions.Thorough(Kafka.Id);

        Assert.Empty(PointResult.Of("session-1", assessment, FlowSessions.Start));
        Assert.NotEmpty(PointResult.Of("session-1", FlowSessions.Thorough(FlowBank.CrossValidation), FlowSessions.Start));
    }
}
