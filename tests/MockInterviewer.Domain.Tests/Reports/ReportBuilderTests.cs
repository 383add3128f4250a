using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Reports;

public sealed partial class ReportBuilderTests
{
    private static readonly AnswerAssessor FlowGrader = AnswerAssessor.Offline(FlowBank.Value, RealPrompts.GraderSettings, RealPrompts.Phrases);
    private static readonly ReportBuilder FlowReports = new(FlowBank.Value, RealPrompts.Phrases);

    private static Assessment Grade(AnswerAssessor grader, QuestionBank bank, string questionId, Language language, params string[] answers) =>
        grader.Grade(new GradingRequest(bank.Find(questionId)!, answers, language));

    private static QuestionProgress Answered(string questionId, params string[] answers) => new()
    {
        QuestionId = questionId,
        Asked = true,
        Answers = [.. answers],
        Assessment = Grade(FlowGrader, FlowBank.Value, questionId, Language.En, answers),
    };

    private static InterviewSession Session(InterviewMode mode, string track, params QuestionProgress[] questions) => new()
    {
        Id = "report-1",
        Settings = new InterviewSettings(mode, track, mode == InterviewMode.SelfIntro ? Language.Ko : Language.En, questions.Length, null, FeedbackTiming.AtEnd),
        StartedAt = FlowSessions.Start,
        CompletedAt = FlowSessions.At(20),
        Status = SessionStatus.Completed,
        ClosedBecause = ClosingReason.Completed,
        Questions = [.. questions],
    };

    [Fact]
    public void Per_question_strengths_quote_the_candidates_own_words()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, "It shows whether the model is overfitting and how well it generalizes to unseen data.", "You split the data into k folds and validate on each fold in turn."),
            Answered(FlowBank.Deployment, FlowBank.Thorough[FlowBank.Deployment]));

        var report = FlowReports.Build(session);

        Assert.All(report.Questions, question =>
        {
            Assert.NotEmpty(question.Assessment!.Strengths);
            Assert.All(question.Assessment.Strengths, strength =>
            {
                var quote = Quote().Match(strength);
                Assert.True(quote.Success, strength);
                Assert.Contains(question.Answers, a => a.Contains(quote.Groups[1].Value, StringComparison.Ordinal));
            });
        });
        var crossValidation = report.Questions[0];
        Assert.Contains(crossValidation.Assessment!.Improvements, i => i.Contains("Add that stratified folds keep the class balance.", StringComparison.Ordinal));
        Assert.Equal(report.Questions.SelectMany(q => q.Assessment!.Strengths).Take(5), report.Strengths);
    }

    [Fact]
    public void Skipped_questions_count_as_zero_and_unreached_ones_are_left_out()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, FlowBank.Thorough[FlowBank.CrossValidation]),
            new QuestionProgress { QuestionId = FlowBank.Deployment, Asked = true, Skipped = true },
            new QuestionProgress { QuestionId = FlowBank.Regularization });

        var report = FlowReports.Build(session);

        Assert.Equal([FlowBank.CrossValidation, FlowBank.Deployment], report.Questions.Select(q => q.QuestionId));
        var skipped = report.Questions[1];
        Assert.True(skipped.Skipped);
        Assert.Null(skipped.Assessment);
        Assert.Empty(skipped.Answers);
        Assert.Equal(50, report.OverallScore);
        Assert.Equal([new CategoryScore("theory", "Theory", 100), new CategoryScore("practice", "Practice", 0)], report.Categories);
        Assert.Equal(
            "You answered 1 of 3 questions, for an overall score of 50. Below, each question shows what went well and what to improve.",
            report.Summary);
        Assert.Equal(FlowSessions.At(20), report.CompletedAt);
    }

    [Fact]
    public void Summary_names_the_strongest_and_weakest_of_the_answered_areas()
    {
        var session = Session(InterviewMode.Interview, FlowBank.Track,
            Answered(FlowBank.CrossValidation, FlowBank.Thorough[FlowBank.CrossValidation]),
            Answered(FlowBank.Deployment, "I would probably ask someone on the team how they usually do it."));

        var report = FlowReports.Build(session);

        Assert.Equal(
            $"You answered 2 of 2 questions, for an overall score of {report.OverallScore}. Your strongest area was Theory; Practice is the one to work on next.",
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

        var report = new ReportBuilder(bank, RealPrompts.Phrases).Build(session);

        var question = Assert.Single(report.Questions);
        Assert.Equal(attempts, question.Attempts);
        Assert.Equal(
            $"자기소개를 2번 작성했고, 점수는 {attempts[0].Score}점에서 {attempts[1].Score}점이 되었습니다 (최고 {attempts.Max(a => a.Score)}점). " +
            $"마지막 버전은 말로 하면 약 {attempts[1].EstimatedSeconds}초 분량입니다.",
            report.Summary);
        Assert.True(attempts[1].Score > attempts[0].Score);
    }

    [GeneratedRegex("“(.+?)”")]
    private static partial Regex Quote();
}
