using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tests.Support;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed partial class InterviewServiceTests : IDisposable
{
    private const string GeneralizationOnly = "It shows whether the model is overfitting and how well it generalizes to unseen data.";
    private const string FoldsReply = "You split the data into k folds and validate on each fold in turn.";
    private const string ShuffleReply = "I would shuffle the rows before I split them.";

    private readonly InterviewHarness _harness = new(FlowBank.Value);

    public void Dispose() => _harness.Dispose();

    private static string Phrase(string key, Language language = Language.En) => RealPrompts.Phrases.Get(key, language);

    private static string Text(string questionId, Language language = Language.En) => FlowBank.Value.Find(questionId)!.Text.In(language);

    private static void AssertKinds(IEnumerable<Turn> turns, params MessageKind[] expected) =>
        Assert.Equal(expected, turns.Select(t => t.Kind));

    [Fact]
    public async Task Start_queues_the_greeting_then_the_first_question_and_says_them()
    {
        var created = await _harness.Service.CreateAsync(Settings(), CancellationToken.None);

        Assert.Equal([new GreetingUtterance(), new QuestionUtterance(0, AfterSkip: false)], _harness.Session(created.Id).Pending);
        Assert.Empty(_harness.Transcript(created.Id));

        _harness.Service.Continue(created.Id);
        await _harness.Runner.WhenIdleAsync();

        var transcript = _harness.Transcript(created.Id);
        AssertKinds(transcript, MessageKind.Greeting, MessageKind.Question);
        Assert.All(transcript, t => Assert.Equal(Role.Interviewer, t.Role));
        Assert.Contains("We have 3 questions", transcript[0].Text, StringComparison.Ordinal);
        Assert.Contains(Text(FlowBank.CrossValidation), transcript[1].Text, StringComparison.Ordinal);
        Assert.Equal(FlowBank.CrossValidation, transcript[1].QuestionId);
        Assert.Empty(_harness.Session(created.Id).Pending);
    }

    [Fact]
    public async Task Answer_missing_points_is_followed_up_on_its_heaviest_missing_point()
    {
        var id = await _harness.StartAsync(Settings());

        await _harness.AnswerAsync(id, GeneralizationOnly);

        var followUp = Assert.Single(_harness.LastReply(id));
        Assert.Equal(MessageKind.FollowUp, followUp.Kind);
        Assert.Contains("How do you split the data?", followUp.Text, StringComparison.Ordinal);
        Assert.Equal("folds", Assert.Single(_harness.Store.Assessments).FollowUp!.PointId);
        Assert.Equal([2], _harness.Session(id).Current.AskedFollowUps);
        Assert.Empty(_harness.Events.Assessed);
    }

    [Fact]
    public async Task After_two_follow_ups_the_interview_gives_feedback_then_the_next_question()
    {
        var id = await _harness.StartAsync(Settings());

        await _harness.AnswerAsync(id, GeneralizationOnly);
        await _harness.AnswerAsync(id, FoldsReply);
        var second = Assert.Single(_harness.LastReply(id));
        await _harness.AnswerAsync(id, ShuffleReply);

        Assert.Equal(MessageKind.FollowUp, second.Kind);
        Assert.Contains("How would you split imbalanced classes?", second.Text, StringComparison.Ordinal);

        var reply = _harness.LastReply(id);
        AssertKinds(reply, MessageKind.Feedback, MessageKind.Question);
        var session = _harness.Session(id);
        Assert.Equal([2, 0], session.Questions[0].AskedFollowUps);
        Assert.Equal(["folds", "stratify"], session.Questions[0].ProbedPoints);
        Assert.Equal([GeneralizationOnly, FoldsReply, ShuffleReply], session.Questions[0].Answers);
        Assert.Contains(Text(session.Current.QuestionId), reply[1].Text, StringComparison.Ordinal);
        Assert.Equal(1, session.CurrentIndex);
    }

    [Fact]
    public async Task With_feedback_at_the_end_the_next_question_comes_without_feedback()
    {
        var id = await _harness.StartAsync(Settings(feedback: FeedbackTiming.AtEnd));

        await _harness.AnswerCurrentThoroughlyAsync(id);

        AssertKinds(_harness.LastReply(id), MessageKind.Question);
        Assert.Empty(_harness.Events.Assessed);
        Assert.Single(_harness.Store.Assessments);
    }

    [Fact]
    public async Task Thorough_answer_gets_feedback_and_moves_straight_on()
    {
        var id = await _harness.StartAsync(Settings());

        await _harness.AnswerCurrentThoroughlyAsync(id);

        var reply = _harness.LastReply(id);
        AssertKinds(reply, MessageKind.Feedback, MessageKind.Question);
        Assert.StartsWith(RealPrompts.Phrases.Get("feedback.score", Language.En, ("score", 100)), reply[0].Text, StringComparison.Ordinal);
        Assert.Empty(_harness.Session(id).Questions[0].AskedFollowUps);

        var assessed = Assert.Single(_harness.Events.Assessed);
        Assert.Equal(100, assessed.Score);
        var all = _harness.Events.All.ToList();
        Assert.True(all.IndexOf(assessed) < all.IndexOf(reply[0]));
    }

    [Theory]
    [InlineData("I don't know", Language.En)]
    [InlineData("잘 모르겠어요", Language.Ko)]
    public async Task Stuck_answer_gets_a_hint_and_is_never_graded(string answer, Language language)
    {
        var id = await _harness.StartAsync(Settings(language: language));

        await _harness.AnswerAsync(id, answer);

        var transcript = _harness.Transcript(id);
        var candidate = Assert.Single(transcript, t => t.Role == Role.Candidate);
        Assert.Equal(answer, candidate.Text);
        Assert.Equal(FlowBank.CrossValidation, candidate.QuestionId);

        var hint = Assert.Single(_harness.LastReply(id));
        Assert.Equal(MessageKind.Hint, hint.Kind);
        Assert.StartsWith(Phrase("hint.thinking", language), hint.Text, StringComparison.Ordinal);
        Assert.Contains(FlowBank.Value.Find(FlowBank.CrossValidation)!.Hints[0].In(language), hint.Text, StringComparison.Ordinal);

        Assert.Empty(_harness.Store.Assessments);
        var progress = _harness.Session(id).Current;
        Assert.Empty(progress.Answers);
        Assert.Null(progress.Assessment);
        Assert.Equal(1, progress.HintsGiven);
    }

    [Fact]
    public async Task Requested_hints_nudge_without_grading_or_giving_the_answer_away()
    {
        var id = await _harness.StartAsync(Settings());

        await _harness.HintAsync(id);
        await _harness.HintAsync(id);
        await _harness.HintAsync(id);

        var hints = _harness.Transcript(id).Where(t => t.Kind == MessageKind.Hint).Select(t => t.Text).ToList();
        Assert.Equal(3, hints.Count);
        Assert.Contains("What goes wrong with a single split?", hints[0], StringComparison.Ordinal);
        Assert.Equal(Phrase("hint.outline"), hints[1]);
        Assert.Equal(Phrase("hint.exhausted"), hints[2]);

        var modelAnswer = FlowBank.Value.Find(FlowBank.CrossValidation)!.ModelAnswer.En;
        Assert.All(hints, h => Assert.DoesNotContain(modelAnswer, h, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(_harness.Transcript(id), t => t.Role == Role.Candidate);
        Assert.Empty(_harness.Store.Assessments);
    }

    [Fact]
    public async Task Skip_moves_to_the_next_question_and_marks_it_skipped()
    {
        var id = await _harness.StartAsync(Settings());

        await _harness.SkipAsync(id);

        var question = Assert.Single(_harness.LastReply(id));
        Assert.Equal(MessageKind.Question, question.Kind);
        Assert.EndsWith(_harness.Bank.Find(_harness.Session(id).Questions[1].QuestionId)!.Text.En, question.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thank you", question.Text, StringComparison.Ordinal);
        var session = _harness.Session(id);
        Assert.True(session.Questions[0].Skipped);
        Assert.Equal(1, session.CurrentIndex);
        Assert.Empty(_harness.Store.Assessments);
    }

    [Fact]
    public async Task Skipping_the_last_question_closes_the_interview()
    {
        var id = await _harness.StartAsync(Settings());

        await _harness.AnswerCurrentThoroughlyAsync(id);
        await _harness.AnswerCurrentThoroughlyAsync(id);
        await _harness.SkipAsync(id);

        var closing = Assert.Single(_harness.LastReply(id));
        Assert.Equal(Phrase("closing.completed"), closing.Text);
        var session = _harness.Session(id);
        Assert.Equal(ClosingReason.Completed, session.ClosedBecause);
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.True(session.Questions[2].Skipped);
        var report = Assert.Single(_harness.Events.Reports);
        Assert.Equal([false, false, true], report.Questions.Select(q => q.Skipped));
    }

    [Fact]
    public async Task End_closes_with_the_ended_closing()
    {
        var id = await _harness.StartAsync(Settings());
        await _harness.AnswerCurrentThoroughlyAsync(id);

        await _harness.EndAsync(id);

        var closing = Assert.Single(_harness.LastReply(id));
        Assert.Equal(MessageKind.Closing, closing.Kind);
        Assert.Equal(Phrase("closing.ended"), closing.Text);
        var session = _harness.Session(id);
        Assert.Equal(ClosingReason.EndedByCandidate, session.ClosedBecause);
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal(Start, session.CompletedAt);
        Assert.Equal(
            [QuestionOutcome.Answered, QuestionOutcome.Unanswered, QuestionOutcome.Unasked],
            Assert.Single(_harness.Events.Reports).Questions.Select(q => q.Outcome));
    }

    [Fact]
    public async Task Nothing_is_accepted_after_the_interview_closes()
    {
        var id = await _harness.StartAsync(Settings());
        await _harness.EndAsync(id);
        var turns = _harness.Transcript(id).Count;

        Func<Task>[] attempts =
        [
            () => _harness.Service.SubmitAnswerAsync(id, FlowBank.Thorough[FlowBank.CrossValidation], null, CancellationToken.None),
            () => _harness.Service.RequestHintAsync(id, CancellationToken.None),
            () => _harness.Service.SkipQuestionAsync(id, CancellationToken.None),
            () => _harness.Service.EndAsync(id, CancellationToken.None),
        ];

        foreach (var attempt in attempts)
        {
            var refused = await Assert.ThrowsAsync<InterviewException>(attempt);
            Assert.Equal("session-ended", refused.Code);
        }

        await _harness.Runner.WhenIdleAsync();
        Assert.Equal(turns, _harness.Transcript(id).Count);
        Assert.Single(_harness.Events.Reports);
    }

    [Fact]
    public async Task Unknown_session_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InterviewException>(
            () => _harness.Service.SubmitAnswerAsync("nope", "An answer.", null, CancellationToken.None));

        Assert.Equal("unknown-session", refused.Code);
    }

    [Fact]
    public async Task Answer_after_the_time_limit_is_kept_but_not_graded_and_the_interview_closes_for_time()
    {
        var id = await _harness.StartAsync(Settings(timeLimitMinutes: 10));
        _harness.Clock.Advance(TimeSpan.FromMinutes(11));

        await _harness.AnswerCurrentThoroughlyAsync(id);

        Assert.Equal(Role.Candidate, _harness.Transcript(id)[^2].Role);
        var closing = Assert.Single(_harness.LastReply(id));
        Assert.Contains("We've reached the 10 minutes we planned", closing.Text, StringComparison.Ordinal);
        Assert.Empty(_harness.Store.Assessments);
        var session = _harness.Session(id);
        Assert.Equal(ClosingReason.TimeUp, session.ClosedBecause);
        Assert.Equal(SessionStatus.Completed, session.Status);
    }

    [Fact]
    public async Task Overdue_interviews_are_closed_for_time_and_the_others_left_running()
    {
        var limited = await _harness.StartAsync(Settings(timeLimitMinutes: 10));
        var unlimited = await _harness.StartAsync(Settings());
        _harness.Clock.Advance(TimeSpan.FromMinutes(10));

        await _harness.Service.CloseOverdueAsync(CancellationToken.None);
        await _harness.Runner.WhenIdleAsync();

        var closed = _harness.Session(limited);
        Assert.Equal(ClosingReason.TimeUp, closed.ClosedBecause);
        Assert.Equal(SessionStatus.Completed, closed.Status);
        Assert.Equal(MessageKind.Closing, _harness.Transcript(limited)[^1].Kind);
        Assert.Equal(SessionStatus.Active, _harness.Session(unlimited).Status);
        Assert.Equal(limited, Assert.Single(_harness.Events.Reports).SessionId);
    }

    [Fact]
    public async Task Behind_schedule_an_incomplete_answer_gets_no_follow_up()
    {
        var id = await _harness.StartAsync(Settings(timeLimitMinutes: 6));
        _harness.Clock.Advance(TimeSpan.FromMinutes(3));

        await _harness.AnswerAsync(id, GeneralizationOnly);

        AssertKinds(_harness.LastReply(id), MessageKind.Feedback, MessageKind.Question);
        Assert.NotNull(Assert.Single(_harness.Store.Assessments).FollowUp);
    }

    [Fact]
    public async Task Streamed_pieces_add_up_to_each_completed_message()
    {
        var id = await _harness.StartAsync(Settings());
        await _harness.AnswerAsync(id, GeneralizationOnly);
        await _harness.HintAsync(id);
        await _harness.AnswerAsync(id, FoldsReply);
        await _harness.SkipAsync(id);
        await _harness.AnswerCurrentThoroughlyAsync(id);
        await _harness.EndAsync(id);

        var completed = _harness.Events.Completed;
        var interviewerTurns = _harness.Transcript(id).Where(t => t.Role == Role.Interviewer).ToList();
        Assert.Equal(interviewerTurns, completed);
        Assert.All(completed, turn =>
        {
            var pieces = _harness.Events.Deltas.Where(d => d.MessageId == turn.MessageId).Select(d => d.Text).ToList();
            Assert.NotEmpty(pieces);
            Assert.Equal(turn.Text, string.Concat(pieces));
        });
        Assert.Equal(
            _harness.Events.Deltas.Select(d => d.MessageId).Distinct(),
            completed.Select(t => t.MessageId));
    }

    [Fact]
    public async Task The_offline_voice_says_each_message_in_one_delta_rather_than_one_a_word()
    {
        var id = await _harness.StartAsync(Settings());
        await _harness.AnswerAsync(id, GeneralizationOnly);
        await _harness.HintAsync(id);

        var completed = _harness.Events.Completed;
        Assert.NotEmpty(completed);
        Assert.All(completed, turn => Assert.True(turn.Text.Length <= ReadyPieces.MaxChars, turn.Text));
        Assert.All(completed, turn => Assert.Equal(turn.Text, Assert.Single(_harness.Events.Deltas, d => d.MessageId == turn.MessageId).Text));
    }

    [Fact]
    public async Task Every_candidate_turn_is_saved_before_the_call_returns()
    {
        var id = await _harness.StartAsync(Settings());
        string[] answers = [GeneralizationOnly, "I don't know", FoldsReply, ShuffleReply];

        foreach (var answer in answers)
        {
            await _harness.Service.SubmitAnswerAsync(id, answer, null, CancellationToken.None);

            var saved = _harness.Transcript(id).Last(t => t.Role == Role.Candidate);
            Assert.Equal(answer, saved.Text);
            Assert.Equal(MessageKind.Answer, saved.Kind);
            await _harness.Runner.WhenIdleAsync();
        }

        var transcript = _harness.Transcript(id);
        Assert.Equal(answers, transcript.Where(t => t.Role == Role.Candidate).Select(t => t.Text));
        Assert.Equal(Enumerable.Range(0, transcript.Count), transcript.Select(t => t.Sequence));
        Assert.Equal(3, _harness.Store.Assessments.Count);
    }

    [Fact]
    public async Task Completed_interview_reports_strengths_in_the_candidates_own_words()
    {
        var id = await _harness.StartAsync(Settings());
        await _harness.AnswerAsync(id, GeneralizationOnly);
        await _harness.AnswerAsync(id, FoldsReply);
        await _harness.AnswerCurrentThoroughlyAsync(id);
        await _harness.AnswerCurrentThoroughlyAsync(id);
        await _harness.AnswerCurrentThoroughlyAsync(id);

        var session = _harness.Session(id);
        Assert.Equal(SessionStatus.Completed, session.Status);
        var report = Assert.Single(_harness.Events.Reports);
        Assert.Equal(id, report.SessionId);
        Assert.Equal(session.Questions.Select(q => q.QuestionId), report.Questions.Select(q => q.QuestionId));

        var transcript = _harness.Transcript(id);
        Assert.All(report.Questions, question =>
        {
            var said = transcript.Where(t => t.Role == Role.Candidate && t.QuestionId == question.QuestionId).Select(t => t.Text).ToList();
            Assert.Equal(said, question.Answers);
            var strengths = question.Assessment!.Strengths;
            Assert.NotEmpty(strengths);
            Assert.All(strengths, s =>
            {
                var quote = Quote().Match(s);
                Assert.True(quote.Success, s);
                Assert.Contains(said, a => a.Contains(quote.Groups[1].Value, StringComparison.Ordinal));
            });
        });
    }

    [Fact]
    public async Task Self_intro_grades_each_attempt_alone_with_feedback_after_every_one()
    {
        using var harness = new InterviewHarness(RealPrompts.Value.Bank);
        var id = await harness.StartAsync(Settings(InterviewMode.SelfIntro, QuestionPlanner.SelfIntroTrack, Language.Ko, questionCount: 1));

        await harness.AnswerAsync(id, SelfIntro.Strong);
        await harness.AnswerAsync(id, SelfIntro.Weak);

        AssertKinds(harness.Transcript(id),
            MessageKind.Greeting, MessageKind.Question,
            MessageKind.Answer, MessageKind.Feedback,
            MessageKind.Answer, MessageKind.Feedback);
        Assert.Equal(2, harness.Events.Assessed.Count);

        var intro = harness.Bank.Find(harness.Session(id).Current.QuestionId)!;
        var alone = harness.Grader.Grade(new GradingRequest(intro, SelfIntro.Weak, Language.Ko));
        var attempts = harness.Session(id).Current.Attempts;
        Assert.Equal(
            [
                new SelfIntroAttempt(SelfIntro.Strong, attempts[0].Score, SpokenLength.EstimateSeconds(SelfIntro.Strong, Language.Ko)),
                new SelfIntroAttempt(SelfIntro.Weak, alone.Score, SpokenLength.EstimateSeconds(SelfIntro.Weak, Language.Ko)),
            ],
            attempts);
        Assert.True(attempts[0].Score > attempts[1].Score);

        var feedback = harness.Transcript(id).Where(t => t.Kind == MessageKind.Feedback).Select(t => t.Text).ToList();
        Assert.StartsWith("첫 번째 자기소개", feedback[0], StringComparison.Ordinal);
        Assert.Contains($"{attempts[0].Score}점", feedback[0], StringComparison.Ordinal);
        Assert.Contains($"{attempts[0].EstimatedSeconds}초", feedback[0], StringComparison.Ordinal);
        Assert.StartsWith("두 번째 자기소개", feedback[1], StringComparison.Ordinal);
        Assert.Contains($"{attempts[1].Score}점", feedback[1], StringComparison.Ordinal);

        await harness.EndAsync(id);

        var report = Assert.Single(harness.Events.Reports);
        Assert.Equal(attempts, Assert.Single(report.Questions).Attempts);
        Assert.StartsWith("자기소개를 2번 작성했고", report.Summary, StringComparison.Ordinal);
    }

    [GeneratedRegex("“(.+?)”")]
    private static partial Regex Quote();
}
