using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Practice;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Practice;

public sealed class ReviewPlannerTests
{
    private static readonly QuestionBank Bank = FlowBank.Value;

    private static InterviewSettings Review(int questionCount, InterviewMode mode = InterviewMode.Interview) =>
        InterviewHarness.Settings(mode: mode, questionCount: questionCount) with { Focus = InterviewFocus.Review };

    [Fact]
    public void A_review_asks_the_questions_with_due_points_the_weakest_first_aiming_at_those_points()
    {
        var history = new ScriptedHistory()
            .Session(FlowBank.CrossValidation, ("folds", PointStatus.Covered), ("generalization", PointStatus.Partial), ("stratify", PointStatus.Partial))
            .Session(FlowBank.Deployment, ("container", PointStatus.Covered), ("rollback", PointStatus.Incorrect))
            .AfterDays(4);

        var plan = ReviewPlanner.Plan(history.Board(Bank), Bank, Review(3), history.Now);

        Assert.Equal([FlowBank.Deployment, FlowBank.CrossValidation], plan.Questions.Select(q => q.QuestionId));
        Assert.Equal(["rollback", "container"], plan.Questions[0].FocusPoints);
        Assert.Equal(["generalization", "stratify", "folds"], plan.Questions[1].FocusPoints);
    }

    [Fact]
    public void Settled_points_not_yet_due_stay_out_and_unsettled_ones_fill_in_after_the_due()
    {
        var history = new ScriptedHistory();
        for (var i = 0; i < 4; i++)
        {
            history.Session(FlowBank.CrossValidation, ("folds", PointStatus.Covered)).AfterDays(1);
        }

        history.Session(FlowBank.Deployment, ("container", PointStatus.Covered))
            .Session(FlowBank.Regularization, ("purpose", PointStatus.Missing))
            .AfterDays(1.5);

        var plan = ReviewPlanner.Plan(history.Board(Bank), Bank, Review(3), history.Now);

        Assert.Equal([FlowBank.Regularization, FlowBank.Deployment], plan.Questions.Select(q => q.QuestionId));
    }

    [Fact]
    public void A_review_takes_no_more_than_the_question_count_and_only_the_sessions_track()
    {
        var history = new ScriptedHistory()
            .Session(FlowBank.CrossValidation, ("folds", PointStatus.Missing))
            .Session(FlowBank.Deployment, ("rollback", PointStatus.Missing))
            .AfterDays(2);
        var board = history.Board(Bank);

        Assert.Single(ReviewPlanner.Plan(board, Bank, Review(1), history.Now).Questions);
        Assert.Empty(ReviewPlanner.Plan(board, Bank, Review(3, InterviewMode.Behavioral), history.Now).Questions);
    }

    [Fact]
    public void The_plan_becomes_the_sessions_preferred_questions_and_focus_points()
    {
        var plan = new ReviewPlan([new ReviewQuestion(FlowBank.Deployment, ["rollback"]), new ReviewQuestion(FlowBank.Regularization, ["purpose", "penalty"])]);

        var preferences = plan.Preferences;

        Assert.Equal([FlowBank.Deployment, FlowBank.Regularization], preferences.Questions);
        Assert.Equal(["purpose", "penalty"], preferences.FocusPoints[FlowBank.Regularization]);
    }
}
