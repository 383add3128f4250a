using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Practice;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>A review built from a scripted history, run through the interview service with the offline engine.</summary>
public sealed class ReviewSessionTests : IDisposable
{
    private const string FoldsOnly = "You split the data into k folds and validate on each fold in turn.";

    private readonly InterviewHarness _harness = new(FlowBank.Value);

    public void Dispose() => _harness.Dispose();

    private static InterviewSettings Settings(InterviewFocus focus) =>
        InterviewHarness.Settings(questionCount: 2) with { Focus = focus };

    /// <summary>Deployment's rollback was stated wrongly, cross-validation's stratification only half stated; both are due.</summary>
    private static ReviewPlan DuePlan()
    {
        var history = new ScriptedHistory()
            .Session(FlowBank.CrossValidation, ("folds", PointStatus.Covered), ("generalization", PointStatus.Covered), ("stratify", PointStatus.Partial))
            .Session(FlowBank.Deployment, ("container", PointStatus.Covered), ("rollback", PointStatus.Incorrect))
            .AfterDays(3);
        return ReviewPlanner.Plan(history.Board(FlowBank.Value), FlowBank.Value, Settings(InterviewFocus.Review), history.Now);
    }

    [Fact]
    public async Task A_review_asks_the_due_points_questions_weakest_first_and_follows_up_on_the_weak_point()
    {
        var id = await _harness.StartAsync(Settings(InterviewFocus.Review), DuePlan().Preferences);

        Assert.Equal([FlowBank.Deployment, FlowBank.CrossValidation], _harness.Session(id).Questions.Select(q => q.QuestionId));
        Assert.Equal(FlowBank.Deployment, _harness.Transcript(id)[^1].QuestionId);

        await _harness.AnswerCurrentThoroughlyAsync(id);
        await _harness.AnswerAsync(id, FoldsOnly);

        var followUp = Assert.Single(_harness.LastReply(id));
        Assert.Equal(MessageKind.FollowUp, followUp.Kind);
        Assert.Equal(FlowBank.CrossValidation, followUp.QuestionId);
        Assert.Equal("stratify", _harness.Store.Assessments[^1].FollowUp!.PointId);
    }

    [Fact]
    public async Task Outside_a_review_the_follow_up_probes_the_heaviest_open_point_as_ever()
    {
        var id = await _harness.StartAsync(Settings(InterviewFocus.General), DuePlan().Preferences);

        await _harness.AnswerCurrentThoroughlyAsync(id);
        await _harness.AnswerAsync(id, FoldsOnly);

        Assert.Equal("generalization", _harness.Store.Assessments[^1].FollowUp!.PointId);
    }

    [Fact]
    public async Task The_focus_and_the_job_posting_are_kept_with_the_session()
    {
        var settings = Settings(InterviewFocus.Review) with { JobPosting = "MLOps 엔지니어: Docker, CI/CD" };

        var id = await _harness.StartAsync(settings, DuePlan().Preferences);

        var stored = _harness.Session(id);
        Assert.Equal(settings, stored.Settings);
        Assert.Equal(["rollback", "container"], stored.Questions[0].FocusPoints);
    }
}
