using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Reports;

public sealed class ReportBuilderTests
{
    private static readonly AnswerAssessor FlowGrader = AnswerAssessor.Offline(FlowBank.Value, RealPrompts.GraderSettings, RealPrompts.Phrases);
    private static readonly ReportBuilder FlowReports = new(FlowBank.Value, RealPrompts.Phrases, RealPrompts.Words);

    private static Assessment Grade(AnswerAssessor grader, QuestionBank bank, string questionId, Language language, params string[] answers) =>
        grader.Grade(new GradingRequest(bank.Find(questionId)!, answers, language));

    private static QuestionProgress Answered(string questionId, params string[] answers) => new()
    {
        QuestionId = questionId,
        Asked = true,
        Answers = [.. answers],
        Assessment = Grade(FlowGrader, FlowBank.Value, questionId, Language.En, answers),
    };

    /// <summary>A question answered with the given point statuses and quotes (unlisted points missing), graded by hand.</summary>
    private static QuestionProgress HandGraded(string questionId, params (string Point, PointStatus Status, string? Quote)[] points)
    {
        var question = FlowBank.Value.Find(questionId)!;
        var assessed = question.ReferencePoints
            .Select(r => points.FirstOrDefault(p => p.Point == r.Id) is { Point: not null } p
                ? new PointAssessment(r.Id, r.Text.En, p.Status, p.Quote)
                : new PointAssessment(r.Id, r.Text.En, PointStatus.Missing, null))
            .ToList();
        var answer = string.Join(" ", points.Select(p => p.Quote).OfType<string>().Distinct(StringComparer.Ordinal));
        return new QuestionProgress
        {
            QuestionId = questionId,
            Asked = true,
            Answers = [answer.Length > 0 ? answer : "I am not sure."],
            Assessment = new Assessment(
                questionId, Language.En, ScoreCalculator.Compute(question.ReferencePoints, assessed), assessed, [], [], null, GradingEngine.Offline),
        };
    }

    private static InterviewSession Session(InterviewMode mode, string track, params QuestionProgress[] questions) => new()
    {
        Id = "report-1",
        Settings = new InterviewSettings(mode, track, mode == InterviewMode.SelfIntro ? Language.Ko : Language.En, questions.Length, null, FeedbackTiming.AtEnd),
        StartedAt = FlowSessions.Start,
        CompletedAt = FlowSessions.At(20),
        Status = SessionStatus.Completed,
        ClosedBecause = ClosingReason.Completed,
        Questions = [.. questions],
        CurrentIndex = questions.Length - 1,
    };

    private static List<ReportPoint> EveryQuotedPoint(Report report) =>
        report.Highlights.Concat(report.Gaps).Concat(report.Questions.SelectMany(q => q.Points)).Where(p => p.Quote is not null).ToList();

    [Fact]
    public void Points_quote_the_candidates_own_words()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, "It shows whether the model is overfitting and how well it generalizes to unseen data.", "You split the data into k folds and validate on each fold in turn."),
            Answered(FlowBank.Deployment, FlowBank.Thorough[FlowBank.Deployment]));

        var report = FlowReports.Build(session);

        var shown = EveryQuotedPoint(report);
        Assert.Equal([FlowBank.CrossValidation, FlowBank.Deployment], shown.Select(p => p.QuestionId).Distinct().Order());
        Assert.All(shown, point =>
            Assert.Contains(report.Questions.Single(q => q.QuestionId == point.QuestionId).Answers, a => a.Contains(point.Quote!, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_point_the_bank_no_longer_has_is_left_out_and_the_report_still_builds()
    {
        var answered = HandGraded(FlowBank.CrossValidation);
        var assessment = answered.Assessment!;
        answered.Assessment = assessment with { Points = [.. assessment.Points, new PointAssessment("retired-point", "A point since removed", PointStatus.Covered, null)] };

        var report = FlowReports.Build(Session(InterviewMode.Interview, FlowBank.Track, answered));

        Assert.DoesNotContain(report.Questions[0].Points, p => p.PointId == "retired-point");
        Assert.Equal(assessment.Points.Count, report.Questions[0].Points.Count);
    }

    [Fact]
    public void Overview_ranks_gaps_and_strengths_by_weight_across_all_questions_not_by_question_order()
    {
        // Lost weight: cv/stratify 20, reg/penalty 60, reg/purpose 40 × half = 20, deploy/rollback 50.
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            HandGraded(FlowBank.CrossValidation,
                ("folds", PointStatus.Covered, "You split the data into k folds."),
                ("generalization", PointStatus.Covered, "It reveals overfitting on unseen data.")),
            HandGraded(FlowBank.Regularization,
                ("purpose", PointStatus.Partial, "It helps with overfitting.")),
            HandGraded(FlowBank.Deployment,
                ("container", PointStatus.Covered, "I ship it in a Docker container so every environment is the same.")));

        var report = FlowReports.Build(session);

        Assert.Equal(["penalty", "rollback", "stratify"], report.Gaps.Select(g => g.PointId));
        Assert.Equal(
            [(FlowBank.CrossValidation, "folds"), (FlowBank.Deployment, "container"), (FlowBank.CrossValidation, "generalization")],
            report.Highlights.Select(h => (h.QuestionId, h.PointId)));
        Assert.Equal(Overview.Shown, report.Strengths.Count);
        Assert.Equal(Overview.Shown, report.Improvements.Count);
        Assert.Contains("Docker container", report.Strengths[1], StringComparison.Ordinal);
        Assert.Equal(FlowBank.Value.Find(FlowBank.Regularization)!.FindPoint("penalty")!.Advice.En, report.Improvements[0]);
    }

    [Fact]
    public void Of_two_gaps_that_lose_as_much_a_wrong_statement_comes_first()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            HandGraded(FlowBank.Deployment, ("container", PointStatus.Covered, "It runs in a Docker container everywhere.")),
            HandGraded(FlowBank.CrossValidation,
                ("folds", PointStatus.Incorrect, "Cross-validation trains on the test set."),
                ("generalization", PointStatus.Covered, "It reveals overfitting."),
                ("stratify", PointStatus.Covered, "Stratified folds keep the class balance.")));

        var report = FlowReports.Build(session);

        // deploy/rollback and cv/folds both lose 50; the wrong statement leads, with its quote.
        Assert.Equal([("folds", PointStatus.Incorrect), ("rollback", PointStatus.Missing)], report.Gaps.Select(g => (g.PointId, g.Status)));
        Assert.Equal("Cross-validation trains on the test set.", report.Gaps[0].Quote);
    }

    [Fact]
    public void Each_quote_appears_once_in_the_whole_report()
    {
        const string oneSentence = "You split the data into k folds, validate on each in turn, and it reveals overfitting on unseen data.";
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            HandGraded(FlowBank.CrossValidation,
                ("folds", PointStatus.Covered, oneSentence),
                ("generalization", PointStatus.Covered, oneSentence),
                ("stratify", PointStatus.Partial, oneSentence)),
            HandGraded(FlowBank.Regularization,
                ("penalty", PointStatus.Covered, "An L2 penalty on the weights goes into the loss."),
                ("purpose", PointStatus.Partial, "an L2 penalty on the weights goes into the loss ")));

        var report = FlowReports.Build(session);

        var quotes = EveryQuotedPoint(report).Select(p => p.Quote!.Trim().TrimEnd('.').ToLowerInvariant()).ToList();
        Assert.Equal(quotes.Distinct().Count(), quotes.Count);
        Assert.Equal(2, quotes.Count);
        // The quote stays with the heaviest point it supports, at the top of the report.
        Assert.Equal(["penalty", "folds"], report.Highlights.Select(h => h.PointId));
        Assert.All(report.Questions.SelectMany(q => q.Points), p => Assert.Null(p.Quote));
        // The points themselves all stay in their cards.
        Assert.Equal(5, report.Questions.Sum(q => q.Points.Count));
    }

    [Fact]
    public void Skipped_and_unasked_questions_are_labelled_listed_and_never_averaged_in()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, FlowBank.Thorough[FlowBank.CrossValidation]),
            new QuestionProgress { QuestionId = FlowBank.Deployment, Asked = true, Skipped = true },
            new QuestionProgress { QuestionId = FlowBank.Regularization });

        var report = FlowReports.Build(session);

        Assert.Equal([FlowBank.CrossValidation, FlowBank.Deployment, FlowBank.Regularization], report.Questions.Select(q => q.QuestionId));
        Assert.Equal([QuestionOutcome.Answered, QuestionOutcome.Skipped, QuestionOutcome.Unasked], report.Questions.Select(q => q.Outcome));
        Assert.Equal([false, true, false], report.Questions.Select(q => q.Skipped));
        var answeredScore = report.Questions[0].Assessment!.Score;
        Assert.True(answeredScore > 0);
        Assert.Equal(answeredScore, report.OverallScore);
        Assert.Equal([new CategoryScore("theory", "Theory", answeredScore)], report.Categories);
        Assert.All(report.Questions.Skip(1), q =>
        {
            Assert.Null(q.Assessment);
            Assert.Empty(q.Points);
            Assert.False(string.IsNullOrWhiteSpace(q.ModelAnswer));
        });
        Assert.DoesNotContain(report.Gaps, g => g.QuestionId != FlowBank.CrossValidation);
        Assert.Contains($"{report.OverallScore}", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_but_unanswered_question_at_the_end_is_labelled_not_scored()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, FlowBank.Thorough[FlowBank.CrossValidation]),
            new QuestionProgress { QuestionId = FlowBank.Deployment, Asked = true, HintsGiven = 1 });
        session.ClosedBecause = ClosingReason.TimeUp;

        var report = FlowReports.Build(session);

        Assert.Equal([QuestionOutcome.Answered, QuestionOutcome.Unanswered], report.Questions.Select(q => q.Outcome));
        Assert.Equal(report.Questions[0].Assessment!.Score, report.OverallScore);
        Assert.Equal([0, 1], report.Questions.Select(q => q.HintsUsed));
    }

    [Fact]
    public void Hints_used_are_reported_on_their_question()
    {
        var hinted = Answered(FlowBank.Regularization, FlowBank.Thorough[FlowBank.Regularization]);
        hinted.HintsGiven = 2;
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, FlowBank.Thorough[FlowBank.CrossValidation]),
            hinted);

        var report = FlowReports.Build(session);

        Assert.Equal([0, 2], report.Questions.Select(q => q.HintsUsed));
    }

    [Fact]
    public void Model_answer_shows_only_for_questions_behind_the_candidate()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, FlowBank.Thorough[FlowBank.CrossValidation]),
            new QuestionProgress { QuestionId = FlowBank.Regularization, Asked = true },
            new QuestionProgress { QuestionId = FlowBank.Deployment });
        session.Status = SessionStatus.Active;
        session.ClosedBecause = null;
        session.CompletedAt = null;
        session.CurrentIndex = 1;

        var report = FlowReports.Build(session);

        Assert.Equal([true, false, false], report.Questions.Select(q => q.ModelAnswer is not null));
        Assert.Equal(FlowBank.Value.Find(FlowBank.CrossValidation)!.ModelAnswer.En, report.Questions[0].ModelAnswer);
    }

    [Fact]
    public void Gap_advice_is_the_banks_second_person_advice_and_never_the_rubric_sentence()
    {
        var advice = new LocalizedText("L1·L2 패널티가 무엇을 더하는지 말해 보세요.", "Say what an L1 or L2 penalty adds to the loss.");
        var questions = FlowBank.Value.Questions
            .Select(q => q.Id != FlowBank.Regularization ? q : q with
            {
                ReferencePoints = q.ReferencePoints.Select(p => p.Id == "penalty" ? p with { Advice = advice } : p).ToList(),
            });
        var bank = new QuestionBank(FlowBank.Value.Tracks, questions);
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            HandGraded(FlowBank.Regularization, ("purpose", PointStatus.Covered, "It reduces overfitting.")),
            HandGraded(FlowBank.Deployment, ("container", PointStatus.Covered, "It runs in a Docker container everywhere.")));

        var report = new ReportBuilder(bank, RealPrompts.Phrases, RealPrompts.Words).Build(session);

        Assert.Equal(advice.En, report.Gaps.Single(g => g.PointId == "penalty").Advice);
        Assert.Equal(report.Gaps.Select(g => g.Advice), report.Improvements);
        Assert.All(report.Gaps, g => Assert.NotEqual(g.Text, g.Advice));
        Assert.All(report.Highlights, h => Assert.Null(h.Advice));
        Assert.All(report.Questions.SelectMany(q => q.Points), p => Assert.Equal(p.Status == PointStatus.Covered, p.Advice is null));
    }

    [Fact]
    public void Words_count_the_candidates_fillers_and_answer_length()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, "Um, basically you split the folds. Basically each fold validates once."),
            Answered(FlowBank.Deployment, "Like, a container."));

        var report = FlowReports.Build(session);

        Assert.Contains(new WordCount("basically", 2), report.Words.Fillers);
        Assert.Contains(new WordCount("um", 1), report.Words.Fillers);
        Assert.Contains(new WordCount("like", 1), report.Words.Fillers);
        var lengths = session.Questions.SelectMany(q => q.Answers).Select(a => a.Length).ToList();
        Assert.Equal((int)Math.Round(lengths.Average(), MidpointRounding.AwayFromZero), report.Words.AverageAnswerChars);
    }

    [Fact]
    public void Summary_names_the_strongest_and_weakest_of_the_answered_areas()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, FlowBank.Thorough[FlowBank.CrossValidation]),
            Answered(FlowBank.Deployment, "I would probably ask someone on the team how they usually do it."));

        var report = FlowReports.Build(session);

        Assert.Equal(
            RealPrompts.Phrases.Get("report.summary", Language.En,
                ("answered", 2), ("total", 2), ("score", report.OverallScore), ("best", "Theory"), ("weakest", "Practice")),
            report.Summary);
    }

    [Fact]
    public void Interview_without_answers_says_so()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            new QuestionProgress { QuestionId = FlowBank.CrossValidation, Asked = true, Skipped = true });

        var report = FlowReports.Build(session);

        Assert.Equal(0, report.OverallScore);
        Assert.Equal(RealPrompts.Phrases.Get("report.summaryNoAnswers", Language.En), report.Summary);
        Assert.Empty(report.Strengths);
        Assert.Empty(report.Highlights);
        Assert.Empty(report.Gaps);
        Assert.Equal(WordStats.None, report.Words);
    }

    [Fact]
    public void Self_intro_report_lists_every_attempt_with_its_score_and_length()
    {
        var bank = RealPrompts.Value.Bank;
        var grader = AnswerAssessor.Offline(bank, RealPrompts.GraderSettings, RealPrompts.Phrases);
        string[] drafts = [SelfIntro.Weak, SelfIntro.Strong];
        var attempts = drafts
            .Select(d => new SelfIntroAttempt(d, Grade(grader, bank, "intro-one-minute", Language.Ko, d).Score, SpokenLength.EstimateSeconds(d, Language.Ko)))
            .ToList();
        var session = Session(InterviewMode.SelfIntro, QuestionPlanner.SelfIntroTrack, new QuestionProgress
        {
            QuestionId = "intro-one-minute",
            Asked = true,
            Answers = [.. drafts],
            Assessment = Grade(grader, bank, "intro-one-minute", Language.Ko, SelfIntro.Strong),
            Attempts = attempts,
        });

        var report = new ReportBuilder(bank, RealPrompts.Phrases, RealPrompts.Words).Build(session);

        var question = Assert.Single(report.Questions);
        Assert.Equal(attempts, question.Attempts);
        Assert.Equal(QuestionOutcome.Answered, question.Outcome);
        Assert.Equal(
            RealPrompts.Phrases.Get("report.selfIntroSummary", Language.Ko,
                ("attempts", 2), ("first", attempts[0].Score), ("last", attempts[1].Score),
                ("best", attempts.Max(a => a.Score)), ("seconds", attempts[1].EstimatedSeconds)),
            report.Summary);
        Assert.True(attempts[1].Score > attempts[0].Score);
        // The overview speaks of the last version only, so its words are not counted once per draft.
        Assert.Equal(SelfIntro.Strong.Length, report.Words.AverageAnswerChars);
        Assert.InRange(report.Highlights.Count + report.Gaps.Count, 1, 2 * Overview.Shown);
    }
}
