using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// The interview's conduct, turn by turn: greet, ask, follow up on what an answer missed (at most twice),
/// nudge rather than answer when the candidate is stuck, keep time, close kindly. Each step changes the
/// session and queues what the interviewer says next; nothing here waits on I/O.
/// </summary>
public static class InterviewStateMachine
{
    // Once the current question has used this share of its time slot, follow-ups give way to the remaining questions.
    private const double FollowUpTimeMargin = 0.9;

    public static void Begin(InterviewSession session)
    {
        session.Pending.Add(new GreetingUtterance());
        Ask(session, 0, afterSkip: false);
    }

    public static bool AcceptsInput(InterviewSession session) =>
        session.Status == SessionStatus.Active && !session.IsClosing;

    /// <summary>The interviewer has said all it had to and waits for the candidate: one answer at a time.</summary>
    public static bool ExpectsAnswer(InterviewSession session) =>
        AcceptsInput(session) && session.Pending.Count == 0 && !session.AwaitingAssessment;

    /// <summary>The current question has been asked in full, so skipping it is the candidate's informed choice.</summary>
    public static bool CanSkip(InterviewSession session) =>
        AcceptsInput(session) && !session.Pending.Any(u => u is QuestionUtterance q && q.QuestionIndex == session.CurrentIndex);

    public static bool HasHintsLeft(InterviewSession session) =>
        session.Current.HintsGiven < InterviewSettings.MaxHintsPerQuestion;

    public static void GiveHint(InterviewSession session, bool candidateWasStuck, DateTimeOffset now)
    {
        if (CloseIfTimeUp(session, now))
        {
            return;
        }

        // After a follow-up, the first hint is about that follow-up rather than the question.
        var current = session.Current;
        current.HintsGiven++;
        var followUp = current.FollowUpAwaitingHint;
        current.FollowUpAwaitingHint = null;
        if (followUp is not null)
        {
            current.FollowUpHintsGiven++;
        }

        session.Pending.Add(new HintUtterance(session.CurrentIndex, current.HintsGiven, candidateWasStuck)
        {
            FollowUpIndex = followUp,
            QuestionHintNumber = current.HintsGiven - current.FollowUpHintsGiven,
        });
    }

    /// <summary>An answer and its grade at once: <see cref="TakeAnswer"/> then <see cref="Assess"/>.</summary>
    public static void ReceiveAnswer(InterviewSession session, string answer, Assessment assessment, int estimatedSeconds, DateTimeOffset now)
    {
        TakeAnswer(session, answer);
        Assess(session, assessment, estimatedSeconds, now);
    }

    /// <summary>Keeps the candidate's answer; its assessment follows with <see cref="Assess"/>.</summary>
    public static void TakeAnswer(InterviewSession session, string answer)
    {
        session.Current.Answers.Add(answer);
        session.AwaitingAssessment = true;
    }

    /// <param name="assessment">The grade of all the candidate's words on the current question so far.</param>
    public static void Assess(InterviewSession session, Assessment assessment, int estimatedSeconds, DateTimeOffset now)
    {
        var current = session.Current;
        session.AwaitingAssessment = false;
        current.Assessment = assessment;
        if (session.Settings.Mode == InterviewMode.SelfIntro)
        {
            current.Attempts.Add(new SelfIntroAttempt(current.Answers[^1], assessment.Score, estimatedSeconds));
        }

        // The time ran out while the answer was being graded: the grade counts, the closing words come next.
        if (session.IsClosing)
        {
            return;
        }

        if (session.Settings.Mode == InterviewMode.SelfIntro)
        {
            session.Pending.Add(new FeedbackUtterance(session.CurrentIndex));
            if (current.Attempts.Count >= InterviewSettings.MaxSelfIntroAttempts)
            {
                Close(session, ClosingReason.Completed);
            }

            return;
        }

        var timeUp = IsTimeUp(session, now);
        if (!timeUp && ShouldFollowUp(session, current, assessment, now))
        {
            var followUp = assessment.FollowUp!;
            if (followUp.BankIndex is { } index)
            {
                current.AskedFollowUps.Add(index);
            }

            current.FollowUpAwaitingHint = followUp.BankIndex;
            current.ProbedPoints.Add(followUp.PointId);
            session.Pending.Add(new FollowUpUtterance(session.CurrentIndex, followUp));
            return;
        }

        FinishQuestion(session);
        if (timeUp)
        {
            Close(session, ClosingReason.TimeUp);
            return;
        }

        Advance(session, afterSkip: false);
    }

    /// <summary>The answer could not be graded: it stays with the question, which stays open for more words or a skip.</summary>
    public static void AssessmentFailed(InterviewSession session) => session.AwaitingAssessment = false;

    /// <summary>
    /// A drafted question's answer the model could not grade: it stays with the question, without a grade (an earlier
    /// one, given before a follow-up, stands), and the interview moves on, since waiting will not make the offline
    /// engine able to grade it.
    /// </summary>
    public static void LeaveUngraded(InterviewSession session, UngradedReason reason, DateTimeOffset now)
    {
        var current = session.Current;
        session.AwaitingAssessment = false;
        if (current.Assessment is null)
        {
            current.NotGraded = reason;
        }

        if (session.IsClosing)
        {
            return;
        }

        if (IsTimeUp(session, now))
        {
            Close(session, ClosingReason.TimeUp);
            return;
        }

        Advance(session, afterSkip: false);
    }

    /// <summary>Moves on at once: a grade still to come and whatever the interviewer was to say about this question are dropped.</summary>
    public static void Skip(InterviewSession session, DateTimeOffset now)
    {
        CutShort(session);
        var current = session.Current;
        current.Skipped = current.Assessment is null;
        if (!CloseIfTimeUp(session, now))
        {
            Advance(session, afterSkip: true);
        }
    }

    /// <summary>
    /// Closes at once, without the words still to come; an answer already sent is still graded before the closing
    /// words, so the report counts what the candidate said.
    /// </summary>
    public static void End(InterviewSession session)
    {
        var answerOwed = session.AwaitingAssessment;
        CutShort(session);
        session.AwaitingAssessment = answerOwed;
        Close(session, ClosingReason.EndedByCandidate);
    }

    /// <returns>Whether the time limit has passed and the session is now closing.</returns>
    public static bool CloseIfTimeUp(InterviewSession session, DateTimeOffset now)
    {
        if (!AcceptsInput(session) || !IsTimeUp(session, now))
        {
            return false;
        }

        Close(session, ClosingReason.TimeUp);
        return true;
    }

    /// <summary>
    /// Closes at once and for good, with no words: nobody is there to hear them. An answer still waiting for its grade
    /// stays in the transcript ungraded; the report covers what was assessed.
    /// </summary>
    public static void Expire(InterviewSession session, DateTimeOffset now)
    {
        CutShort(session);
        session.ClosedBecause = ClosingReason.Expired;
        Complete(session, now);
    }

    /// <summary>Called once the closing words have been said.</summary>
    public static void Complete(InterviewSession session, DateTimeOffset now)
    {
        session.Status = SessionStatus.Completed;
        session.CompletedAt = now;
    }

    public static bool IsTimeUp(InterviewSession session, DateTimeOffset now) =>
        session.Settings.TimeLimit is { } limit && now - session.StartedAt >= limit;

    private static bool ShouldFollowUp(InterviewSession session, QuestionProgress current, Assessment assessment, DateTimeOffset now) =>
        assessment.FollowUp is not null
        && current.ProbedPoints.Count < InterviewSettings.MaxFollowUpsPerQuestion
        && !IsBehindSchedule(session, now);

    private static bool IsBehindSchedule(InterviewSession session, DateTimeOffset now)
    {
        if (session.Settings.TimeLimit is not { } limit)
        {
            return false;
        }

        var remaining = limit - (now - session.StartedAt);
        var slot = limit / session.TotalQuestions;
        var questionsLeft = session.TotalQuestions - session.CurrentIndex;
        return remaining < slot * (questionsLeft - FollowUpTimeMargin);
    }

    private static void FinishQuestion(InterviewSession session)
    {
        if (session.Settings.Feedback == FeedbackTiming.AfterEach)
        {
            session.Pending.Add(new FeedbackUtterance(session.CurrentIndex));
        }
    }

    private static void Advance(InterviewSession session, bool afterSkip)
    {
        if (session.CurrentIndex + 1 >= session.TotalQuestions)
        {
            Close(session, ClosingReason.Completed);
            return;
        }

        Ask(session, session.CurrentIndex + 1, afterSkip);
    }

    private static void Ask(InterviewSession session, int index, bool afterSkip)
    {
        session.CurrentIndex = index;
        session.Questions[index].Asked = true;
        session.Pending.Add(new QuestionUtterance(index, afterSkip));
    }

    private static void CutShort(InterviewSession session)
    {
        foreach (var question in session.Pending.OfType<QuestionUtterance>())
        {
            session.Questions[question.QuestionIndex].Asked = false;
        }

        session.Pending.Clear();
        session.AwaitingAssessment = false;
        session.Interruptions++;
    }

    private static void Close(InterviewSession session, ClosingReason reason)
    {
        session.ClosedBecause = reason;
        session.Pending.Add(new ClosingUtterance(session.CurrentIndex, reason));
    }
}
