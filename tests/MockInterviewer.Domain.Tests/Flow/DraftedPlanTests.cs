using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>How a plan leans to the questions drafted for a job posting: after the bank's, at most half of it.</summary>
public sealed class DraftedPlanTests
{
    private static QuestionBank Bank => RealPrompts.Value.Bank;

    private static readonly IReadOnlyList<Question> ThreeDrafts = Drafts.Questions("ml-junior", Drafts.Kafka, Drafts.Airflow, Drafts.Feast);

    private static InterviewSettings Settings(int count, InterviewMode mode = InterviewMode.Interview) =>
        new(mode, "ml-junior", Language.En, count, null, FeedbackTiming.AfterEach);

    [Fact]
    public void Each_draft_follows_a_bank_question_and_the_plan_keeps_its_length()
    {
        var plan = QuestionPlanner.Plan(Bank, Settings(7), seed: 3, preferred: ["ml-docker"], drafted: ThreeDrafts);

        Assert.Equal(7, plan.Count);
        Assert.Equal("ml-docker", plan[0].Id);
        Assert.Equal([false, true, false, true, false, true, false], plan.Select(q => q.Drafted));
        Assert.Equal(ThreeDrafts.Select(d => d.Id), plan.Where(q => q.Drafted).Select(q => q.Id));
        Assert.Equal(4, plan.Where(q => !q.Drafted).DistinctBy(q => q.Id).Count());
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(5, 2)]
    [InlineData(6, 3)]
    [InlineData(10, 3)]
    public void Drafts_take_at_most_half_the_plan_and_never_its_opening(int count, int drafted)
    {
        var plan = QuestionPlanner.Plan(Bank, Settings(count), seed: 1, drafted: ThreeDrafts);

        Assert.Equal(count, plan.Count);
        Assert.Equal(drafted, plan.Count(q => q.Drafted));
        Assert.False(plan[0].Drafted);
    }

    [Fact]
    public void A_self_introduction_asks_no_draft()
    {
        var plan = QuestionPlanner.Plan(Bank, Settings(3, InterviewMode.SelfIntro), seed: 1, drafted: ThreeDrafts);

        Assert.DoesNotContain(plan, q => q.Drafted);
    }

    [Fact]
    public async Task A_new_session_keeps_the_drafts_its_plan_asks_and_only_those()
    {
        using var harness = new InterviewHarness(FlowBank.Value);
        var drafts = Drafts.Questions(FlowBank.Track, Drafts.Kafka, Drafts.Airflow, Drafts.Feast);

        var id = await harness.StartAsync(InterviewHarness.Settings(questionCount: 3), PlanPreferences.None with { Drafted = drafts });

        var session = harness.Session(id);
        Assert.Equal([drafts[0].Id], session.DraftedQuestions.Select(q => q.Id));
        Assert.Equal(drafts[0].Id, session.Questions[1].QuestionId);
        Assert.Equal(drafts[0].Text, session.QuestionAt(1, harness.Bank).Text);
    }
}
