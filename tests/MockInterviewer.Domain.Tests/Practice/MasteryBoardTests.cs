using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Practice;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Practice;

/// <summary>Mastery and due dates computed from scripted histories on a fake clock.</summary>
public sealed class MasteryBoardTests
{
    private static readonly QuestionBank Bank = FlowBank.Value;

    private static (string, PointStatus) Stratify(PointStatus status) => ("stratify", status);

    [Fact]
    public void A_point_missed_then_covered_three_times_then_missed_comes_back_soon_with_its_mastery_pulled_down()
    {
        var history = new ScriptedHistory();
        var seen = new List<PointMastery>();
        foreach (var (days, status) in new[]
        {
            (0.0, PointStatus.Missing), (1.0, PointStatus.Covered), (3.0, PointStatus.Covered), (8.0, PointStatus.Covered), (19.0, PointStatus.Missing),
        })
        {
            history.AfterDays(days).Session(FlowBank.CrossValidation, Stratify(status));
            seen.Add(Assert.Single(history.Board(Bank)));
        }

        var waits = seen.Select((p, i) => p.DueAt - history.Results[i].At).ToList();
        Assert.InRange(waits[0], TimeSpan.FromHours(1), TimeSpan.FromDays(2));
        Assert.True(waits[1] < waits[2] && waits[2] < waits[3], string.Join(", ", waits));
        Assert.True(waits[3] > TimeSpan.FromDays(7), $"a point covered three times in a row is not back within a week: {waits[3]}");
        Assert.Equal(waits[0], waits[4]);

        Assert.Equal(0, seen[0].Mastery);
        Assert.True(seen[0].Mastery < seen[1].Mastery && seen[1].Mastery < seen[2].Mastery && seen[2].Mastery < seen[3].Mastery);
        Assert.InRange(seen[4].Mastery, 0.01, seen[3].Mastery - 0.2);

        var last = seen[4];
        Assert.Equal(5, last.Attempts);
        Assert.Equal(PointStatus.Missing, last.LastStatus);
        Assert.False(last.IsDue(history.Now));
        Assert.True(last.IsDue(history.Now.AddDays(2)));
    }

    [Fact]
    public void Recent_results_weigh_more_than_old_ones()
    {
        var history = new ScriptedHistory()
            .Session(FlowBank.CrossValidation, ("folds", PointStatus.Covered), ("stratify", PointStatus.Missing))
            .AfterDays(1).Session(FlowBank.CrossValidation, ("folds", PointStatus.Covered), ("stratify", PointStatus.Covered))
            .AfterDays(1).Session(FlowBank.CrossValidation, ("folds", PointStatus.Missing), ("stratify", PointStatus.Covered));

        var board = history.Board(Bank);

        Assert.True(Mastery(board, "stratify") > Mastery(board, "folds"));
    }

    [Fact]
    public void Covered_raises_mastery_most_partial_less_and_missing_or_incorrect_lower_it()
    {
        double After(PointStatus status) => Mastery(new ScriptedHistory()
            .Session(FlowBank.CrossValidation, Stratify(PointStatus.Covered))
            .AfterDays(3).Session(FlowBank.CrossValidation, Stratify(status))
            .Board(Bank), "stratify");
        var before = Mastery(new ScriptedHistory().Session(FlowBank.CrossValidation, Stratify(PointStatus.Covered)).Board(Bank), "stratify");

        Assert.True(After(PointStatus.Covered) > After(PointStatus.Partial));
        Assert.True(After(PointStatus.Partial) > before);
        Assert.True(After(PointStatus.Missing) < before);
        Assert.True(After(PointStatus.Incorrect) < before);
        Assert.All(Enum.GetValues<PointStatus>(), status => Assert.InRange(After(status), 0, 1));
    }

    [Fact]
    public void Points_due_come_first_weakest_then_longest_overdue_and_the_rest_follow_weakest_first()
    {
        var history = new ScriptedHistory()
            .Session(FlowBank.CrossValidation, ("folds", PointStatus.Missing))
            .Session(FlowBank.Regularization, ("purpose", PointStatus.Covered))
            .AfterDays(3).Session(FlowBank.Regularization, ("purpose", PointStatus.Covered))
            .AfterDays(2).Session(FlowBank.Regularization, ("penalty", PointStatus.Covered))
            .AfterDays(2).Session(FlowBank.CrossValidation, ("generalization", PointStatus.Missing))
            .AfterDays(3).Session(FlowBank.Deployment, ("container", PointStatus.Missing));

        var board = history.Board(Bank);

        Assert.Equal(["folds", "generalization", "penalty", "container", "purpose"], board.Select(p => p.PointId));
        Assert.Equal([true, true, true, false, false], board.Select(p => p.IsDue(history.Now)));
    }

    [Fact]
    public void Each_point_reads_in_the_candidates_language_and_names_its_question()
    {
        var history = new ScriptedHistory().Session(FlowBank.Deployment, ("rollback", PointStatus.Partial));

        var point = Assert.Single(history.Board(Bank, Language.Ko));

        Assert.Equal(FlowBank.Deployment, point.QuestionId);
        Assert.Equal(Bank.Find(FlowBank.Deployment)!.FindPoint("rollback")!.Text.In(Language.Ko), point.Text);
        Assert.Equal(PointStatus.Partial, point.LastStatus);
    }

    [Fact]
    public void A_session_is_one_attempt_and_its_last_result_stands()
    {
        var at = FlowSessions.Start;
        PointResult Result(PointStatus status, double minutes) =>
            new("session-1", FlowBank.CrossValidation, "stratify", status, GradingEngine.Llm, at.AddMinutes(minutes));

        var point = Assert.Single(MasteryBoard.Build(
            [Result(PointStatus.Covered, 2), Result(PointStatus.Missing, 0)], Bank, Language.En, at.AddMinutes(5)));

        Assert.Equal(1, point.Attempts);
        Assert.Equal(PointStatus.Covered, point.LastStatus);
    }

    [Fact]
    public void Points_the_bank_no_longer_holds_and_other_tracks_points_are_left_out()
    {
        var history = new ScriptedHistory()
            .Session(FlowBank.CrossValidation, ("folds", PointStatus.Missing), ("renamed-point", PointStatus.Missing))
            .Session("retired-question", ("folds", PointStatus.Missing));

        Assert.Equal(["folds"], history.Board(Bank, track: FlowBank.Track).Select(p => p.PointId));
        Assert.Empty(history.Board(Bank, track: "ai-engineer"));
    }

    [Fact]
    public void An_assessment_gives_one_result_per_reference_point()
    {
        var assessment = new Assessment(FlowBank.Deployment, Language.En, 50,
            [new PointAssessment("container", "Docker", PointStatus.Covered, "Docker"), new PointAssessment("rollback", "Roll back", PointStatus.Incorrect, "never")],
            [], [], null, GradingEngine.Llm);

        var results = PointResult.Of("session-9", assessment, FlowSessions.Start);

        Assert.Equal(
            [
                new PointResult("session-9", FlowBank.Deployment, "container", PointStatus.Covered, GradingEngine.Llm, FlowSessions.Start),
                new PointResult("session-9", FlowBank.Deployment, "rollback", PointStatus.Incorrect, GradingEngine.Llm, FlowSessions.Start),
            ],
            results);
    }

    private static double Mastery(IReadOnlyList<PointMastery> board, string pointId) =>
        board.Single(p => p.PointId == pointId).Mastery;
}
