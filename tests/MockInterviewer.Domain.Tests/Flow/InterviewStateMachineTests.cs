using MockInterviewer.Domain.Flow;
using static MockInterviewer.Domain.Tests.Support.FlowSessions;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class InterviewStateMachineTests
{
    private static void Answer(InterviewSession session, double atMinute, int? followUp = null, string answer = "An answer.")
    {
        var questionId = session.Current.QuestionId;
        var assessment = followUp is { } index ? WithGap(questionId, index) : Thorough(questionId);
        InterviewStateMachine.ReceiveAnswer(session, answer, assessment, 10, At(atMinute));
    }

    private static List<Utterance> Spoken(InterviewSession session)
    {
        var said = session.Pending.ToList();
        session.Pending.Clear();
        return said;
    }

    [Fact]
    public void Begin_greets_then_asks_the_first_question()
    {
        var session = Begun();

        Assert.Equal([new GreetingUtterance(), new QuestionUtterance(0, AfterSkip: false)], session.Pending);
        Assert.Equal(0, session.CurrentIndex);
        Assert.True(session.Questions[0].Asked);
        Assert.DoesNotContain(session.Questions.Skip(1), q => q.Asked);
        Assert.True(InterviewStateMachine.AcceptsInput(session));
    }

    [Fact]
    public void Answer_with_a_gap_gets_the_suggested_follow_up_on_the_same_question()
    {
        var session = Begun();
        Spoken(session);

        Answer(session, 1, followUp: 2);

        Assert.Equal([new FollowUpUtterance(0, FollowUp(2))], Spoken(session));
        Assert.Equal(0, session.CurrentIndex);
        Assert.Equal([2], session.Current.AskedFollowUps);
    }

    [Fact]
    public void After_two_follow_ups_the_interview_gives_feedback_and_moves_on()
    {
        var session = Begun();
        Spoken(session);

        Answer(session, 1, followUp: 0);
        Answer(session, 2, followUp: 1);
        Spoken(session);
        Answer(session, 3, followUp: 2);

        Assert.Equal([new FeedbackUtterance(0), new QuestionUtterance(1, AfterSkip: false)], Spoken(session));
        Assert.Equal([0, 1], session.Questions[0].AskedFollowUps);
        Assert.Equal(["An answer.", "An answer.", "An answer."], session.Questions[0].Answers);
        Assert.Equal(1, session.CurrentIndex);
    }

    [Fact]
    public void With_feedback_at_the_end_the_next_question_follows_without_feedback()
    {
        var session = Begun(feedback: FeedbackTiming.AtEnd);
        Spoken(session);

        Answer(session, 1, followUp: 0);
        Answer(session, 2, followUp: 1);
        Answer(session, 3, followUp: 2);

        Assert.Equal([new FollowUpUtterance(0, FollowUp(0)), new FollowUpUtterance(0, FollowUp(1)), new QuestionUtterance(1, AfterSkip: false)], Spoken(session));
    }

    [Fact]
    public void Thorough_answer_moves_straight_to_the_next_question()
    {
        var session = Begun();
        Spoken(session);

        Answer(session, 1);

        Assert.Equal([new FeedbackUtterance(0), new QuestionUtterance(1, AfterSkip: false)], Spoken(session));
        Assert.Empty(session.Questions[0].AskedFollowUps);
        Assert.True(session.Questions[1].Asked);
    }

    [Fact]
    public void Answering_the_last_question_closes_as_completed_after_its_feedback()
    {
        var session = Begun(questions: 2);
        Answer(session, 1);
        Spoken(session);

        Answer(session, 2);

        Assert.Equal([new FeedbackUtterance(1), new ClosingUtterance(1, ClosingReason.Completed)], Spoken(session));
        Assert.Equal(ClosingReason.Completed, session.ClosedBecause);
        Assert.False(InterviewStateMachine.AcceptsInput(session));
    }

    [Fact]
    public void Hints_count_up_and_leave_the_answers_and_grade_alone()
    {
        var session = Begun();
        Spoken(session);

        InterviewStateMachine.GiveHint(session, candidateWasStuck: true, At(1));
        InterviewStateMachine.GiveHint(session, candidateWasStuck: false, At(2));

        Assert.Equal(
            [
                new HintUtterance(0, 1, CandidateWasStuck: true) { QuestionHintNumber = 1 },
                new HintUtterance(0, 2, CandidateWasStuck: false) { QuestionHintNumber = 2 },
            ],
            Spoken(session));
        Assert.Equal(2, session.Current.HintsGiven);
        Assert.Empty(session.Current.Answers);
        Assert.Null(session.Current.Assessment);
        Assert.Equal(0, session.CurrentIndex);
    }

    [Fact]
    public void Skip_marks_the_question_skipped_and_asks_the_next_one()
    {
        var session = Begun();
        Spoken(session);

        InterviewStateMachine.Skip(session, At(1));

        Assert.Equal([new QuestionUtterance(1, AfterSkip: true)], Spoken(session));
        Assert.True(session.Questions[0].Skipped);
        Assert.Equal(1, session.CurrentIndex);
    }

    [Fact]
    public void Skipping_a_follow_up_finishes_the_question_without_calling_it_skipped()
    {
        var session = Begun();
        Answer(session, 1, followUp: 0);
        Spoken(session);

        InterviewStateMachine.Skip(session, At(2));

        Assert.False(session.Questions[0].Skipped);
        Assert.Equal([new QuestionUtterance(1, AfterSkip: true)], Spoken(session));
    }

    [Fact]
    public void Skipping_the_last_question_closes_the_interview()
    {
        var session = Begun(questions: 2);
        Answer(session, 1);
        Spoken(session);

        InterviewStateMachine.Skip(session, At(2));

        Assert.Equal([new ClosingUtterance(1, ClosingReason.Completed)], Spoken(session));
        Assert.True(session.Questions[1].Skipped);
        Assert.False(InterviewStateMachine.AcceptsInput(session));
    }

    [Fact]
    public void End_closes_with_the_ended_closing_and_completes_once_said()
    {
        var session = Begun();
        Spoken(session);

        InterviewStateMachine.End(session);

        Assert.Equal([new ClosingUtterance(0, ClosingReason.EndedByCandidate)], session.Pending);
        Assert.False(InterviewStateMachine.AcceptsInput(session));
        Assert.Equal(SessionStatus.Active, session.Status);

        InterviewStateMachine.Complete(session, At(3));

        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal(At(3), session.CompletedAt);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.5)]
    public void Answer_within_its_share_of_the_time_still_gets_a_follow_up(double minute)
    {
        var session = Begun(questions: 5, timeLimitMinutes: 10);
        Spoken(session);

        Answer(session, minute, followUp: 0);

        Assert.Equal([new FollowUpUtterance(0, FollowUp(0))], Spoken(session));
    }

    [Fact]
    public void Follow_ups_give_way_when_the_interview_is_behind_schedule()
    {
        var session = Begun(questions: 5, timeLimitMinutes: 10);
        Spoken(session);

        Answer(session, 3, followUp: 0);

        Assert.Equal([new FeedbackUtterance(0), new QuestionUtterance(1, AfterSkip: false)], Spoken(session));
        Assert.Empty(session.Questions[0].AskedFollowUps);
    }

    [Fact]
    public void Last_question_answered_on_schedule_still_gets_a_follow_up()
    {
        var session = Begun(questions: 5, timeLimitMinutes: 10);
        for (var i = 0; i < 4; i++)
        {
            Answer(session, 2 * (i + 1));
        }

        Spoken(session);

        Answer(session, 8.5, followUp: 1);

        Assert.Equal([new FollowUpUtterance(4, FollowUp(1))], Spoken(session));
    }

    [Fact]
    public void Without_a_time_limit_follow_ups_are_never_dropped_for_time()
    {
        var session = Begun(questions: 5);
        Spoken(session);

        Answer(session, 600, followUp: 0);

        Assert.Equal([new FollowUpUtterance(0, FollowUp(0))], Spoken(session));
        Assert.False(InterviewStateMachine.CloseIfTimeUp(session, At(6000)));
    }

    [Fact]
    public void Close_if_time_up_closes_once_the_limit_has_passed()
    {
        var session = Begun(timeLimitMinutes: 10);
        Spoken(session);

        Assert.False(InterviewStateMachine.CloseIfTimeUp(session, At(9.9)));
        Assert.True(InterviewStateMachine.CloseIfTimeUp(session, At(10)));
        Assert.False(InterviewStateMachine.CloseIfTimeUp(session, At(11)));

        Assert.Equal([new ClosingUtterance(0, ClosingReason.TimeUp)], Spoken(session));
        Assert.Equal(ClosingReason.TimeUp, session.ClosedBecause);
        Assert.False(InterviewStateMachine.AcceptsInput(session));
    }

    [Fact]
    public void Answer_after_the_limit_finishes_the_question_and_closes_for_time()
    {
        var session = Begun(timeLimitMinutes: 10);
        Spoken(session);

        Answer(session, 10.5, followUp: 0);

        Assert.Equal([new FeedbackUtterance(0), new ClosingUtterance(0, ClosingReason.TimeUp)], Spoken(session));
        Assert.Empty(session.Current.AskedFollowUps);
        Assert.Equal(ClosingReason.TimeUp, session.ClosedBecause);
    }

    [Fact]
    public void Hint_or_skip_after_the_limit_closes_for_time_instead()
    {
        var hinted = Begun(timeLimitMinutes: 10);
        var skipped = Begun(timeLimitMinutes: 10);
        Spoken(hinted);
        Spoken(skipped);

        InterviewStateMachine.GiveHint(hinted, candidateWasStuck: false, At(12));
        InterviewStateMachine.Skip(skipped, At(12));

        Assert.Equal([new ClosingUtterance(0, ClosingReason.TimeUp)], Spoken(hinted));
        Assert.Equal(0, hinted.Current.HintsGiven);
        Assert.Equal([new ClosingUtterance(0, ClosingReason.TimeUp)], Spoken(skipped));
        Assert.Equal(0, skipped.CurrentIndex);
    }

    [Fact]
    public void Self_intro_attempts_are_recorded_one_by_one_each_with_feedback()
    {
        var session = Begun(questions: 1, mode: InterviewMode.SelfIntro);
        Spoken(session);

        InterviewStateMachine.ReceiveAnswer(session, "First draft.", WithGap("q1", 0, score: 30), 20, At(1));
        Assert.Equal([new FeedbackUtterance(0)], Spoken(session));
        InterviewStateMachine.ReceiveAnswer(session, "Second draft.", Thorough("q1", score: 85), 55, At(3));
        Assert.Equal([new FeedbackUtterance(0)], Spoken(session));

        Assert.Equal(
            [new SelfIntroAttempt("First draft.", 30, 20), new SelfIntroAttempt("Second draft.", 85, 55)],
            session.Current.Attempts);
        Assert.Empty(session.Current.AskedFollowUps);
        Assert.Equal(85, session.Current.Assessment!.Score);
        Assert.True(InterviewStateMachine.AcceptsInput(session));
    }

    [Fact]
    public void Self_intro_closes_after_the_last_allowed_attempt()
    {
        var session = Begun(questions: 1, mode: InterviewMode.SelfIntro);
        Spoken(session);

        for (var i = 1; i <= InterviewSettings.MaxSelfIntroAttempts; i++)
        {
            InterviewStateMachine.ReceiveAnswer(session, $"Draft {i}.", Thorough("q1", score: 50 + i), 60, At(i));
        }

        var said = Spoken(session);
        Assert.Equal(InterviewSettings.MaxSelfIntroAttempts, said.Count(u => u is FeedbackUtterance));
        Assert.Equal(new ClosingUtterance(0, ClosingReason.Completed), said[^1]);
        Assert.Equal(InterviewSettings.MaxSelfIntroAttempts, session.Current.Attempts.Count);
        Assert.False(InterviewStateMachine.AcceptsInput(session));
    }
}
