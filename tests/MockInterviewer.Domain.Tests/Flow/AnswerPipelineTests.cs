using Moq;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>The answer path with slow, stalling and failing engines: what is stored, what is said, what can be cut short.</summary>
public sealed class AnswerPipelineTests
{
    private const string GeneralizationOnly = "It shows whether the model is overfitting and how well it generalizes to unseen data.";
    private static readonly CancellationToken None = CancellationToken.None;

    private static InterviewHarness Harness(IAnswerGrader? grader = null, UnreliableVoice? voice = null, PipelineSettings? pipeline = null) =>
        new(FlowBank.Value, grader, voice, pipeline);

    private static UnreliableVoice Voice(Func<Utterance, int, bool>? stalls = null, Func<Utterance, int, bool>? breaks = null) =>
        new(new OfflineVoice(FlowBank.Value, RealPrompts.Phrases))
        {
            Stalls = stalls ?? ((_, _) => false),
            Breaks = breaks ?? ((_, _) => false),
        };

    /// <summary>A grader that gives its replies in turn (the last one again after that), and ignores cancellation, as the worst engine would.</summary>
    private static (Mock<IAnswerGrader> Grader, List<(GradingRequest Request, CancellationToken Token)> Calls) HangingGrader(params Task<Assessment>[] replies)
    {
        var calls = new List<(GradingRequest, CancellationToken)>();
        var grader = new Mock<IAnswerGrader>();
        grader.Setup(g => g.GradeAsync(It.IsAny<GradingRequest>(), It.IsAny<CancellationToken>()))
            .Callback((GradingRequest request, CancellationToken token) => { lock (calls) { calls.Add((request, token)); } })
            .Returns(() => replies[Math.Min(calls.Count, replies.Length) - 1]);
        return (grader, calls);
    }

    // The offline voice says a word a piece; pieces said together reach the page joined.
    private static int WordsIn(IEnumerable<RecordingInterviewEvents.Delta> deltas) =>
        string.Concat(deltas.Select(d => d.Text)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Messages some words of which went out that were never completed.
    private static IEnumerable<string> UnfinishedMessages(InterviewHarness harness) =>
        harness.Events.Deltas.Select(d => d.MessageId).Distinct().Except(harness.Events.Completed.Select(t => t.MessageId));

    private static void AssertKinds(IEnumerable<Turn> turns, params MessageKind[] expected) =>
        Assert.Equal(expected, turns.Select(t => t.Kind));

    [Fact]
    public async Task The_answer_is_stored_before_it_is_graded_and_the_call_does_not_wait_for_the_grade()
    {
        var grade = new TaskCompletionSource<Assessment>();
        var (grader, calls) = HangingGrader(grade.Task);
        using var harness = Harness(grader.Object);
        var id = await harness.StartAsync(Settings());

        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, null, None).WaitAsync(Eventually.Patience);

        var answer = harness.Transcript(id)[^1];
        Assert.Equal((Role.Candidate, GeneralizationOnly), (answer.Role, answer.Text));
        await Eventually.HoldsAsync(() => calls.Count == 1);
        Assert.Empty(harness.Store.Assessments);
        Assert.True(harness.Session(id).AwaitingAssessment);

        grade.SetResult(FlowSessions.Thorough(FlowBank.CrossValidation));
        await harness.Runner.WhenIdleAsync();
        AssertKinds(harness.Transcript(id).Skip(2), MessageKind.Answer, MessageKind.Feedback, MessageKind.Question);
        Assert.Single(harness.Store.Assessments);
    }

    [Fact]
    public async Task The_work_after_an_answer_starts_from_the_session_the_command_saved_and_reads_it_no_more()
    {
        var (grader, _) = HangingGrader(Task.FromResult(FlowSessions.Thorough(FlowBank.CrossValidation)));
        using var harness = Harness(grader.Object);
        var id = await harness.StartAsync(Settings());
        await harness.Runner.WhenIdleAsync();
        var readsBefore = harness.Store.Reads;

        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, null, None);
        await harness.Runner.WhenIdleAsync().WaitAsync(Eventually.Patience);

        // The command's read only: the work takes over the session the command saved, and the grade, the feedback
        // and the next question follow on from it.
        AssertKinds(harness.Transcript(id).Skip(2), MessageKind.Answer, MessageKind.Feedback, MessageKind.Question);
        Assert.Equal(1, harness.Store.Reads - readsBefore);
    }

    [Fact]
    public async Task End_while_the_last_answer_is_being_graded_still_grades_it_before_closing_and_the_report_counts_it()
    {
        var grade = new TaskCompletionSource<Assessment>();
        var (grader, calls) = HangingGrader(grade.Task);
        using var harness = Harness(grader.Object);
        var id = await harness.StartAsync(Settings());
        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, null, None);
        await Eventually.HoldsAsync(() => calls.Count == 1);

        await harness.Service.EndAsync(id, None).WaitAsync(Eventually.Patience);
        grade.SetResult(FlowSessions.Thorough(FlowBank.CrossValidation));
        await harness.Runner.WhenIdleAsync().WaitAsync(Eventually.Patience);

        AssertKinds(harness.Transcript(id), MessageKind.Greeting, MessageKind.Question, MessageKind.Answer, MessageKind.Closing);
        Assert.Equal(2, calls.Count);
        Assert.Single(harness.Store.Assessments);
        var report = Assert.Single(harness.Events.Reports);
        Assert.NotNull(report.Questions[0].Assessment);
        Assert.Equal(report.Questions[0].Assessment!.Score, report.OverallScore);
    }

    [Fact]
    public async Task End_during_a_slow_reply_stops_it_at_once_and_closes()
    {
        var voice = Voice(stalls: (u, _) => u is FollowUpUtterance);
        using var harness = Harness(voice: voice);
        var id = await harness.StartAsync(Settings());
        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, null, None);
        await voice.Stalled.WaitAsync(Eventually.Patience);

        // The voice says it stalled a moment before its first words are relayed: an end in between would leave the
        // page nothing to forget.
        await Eventually.HoldsAsync(() => UnfinishedMessages(harness).Any());
        await harness.Service.EndAsync(id, None).WaitAsync(Eventually.Patience);
        await harness.Runner.WhenIdleAsync().WaitAsync(Eventually.Patience);

        Assert.Equal(1, voice.Cancelled);
        AssertKinds(harness.Transcript(id), MessageKind.Greeting, MessageKind.Question, MessageKind.Answer, MessageKind.Closing);
        var session = harness.Session(id);
        Assert.Equal((SessionStatus.Completed, ClosingReason.EndedByCandidate), (session.Status, session.ClosedBecause));
        Assert.Single(harness.Events.Reports);

        // The follow-up's first words went out; the page is told to forget them, and it is never completed.
        var cutId = Assert.Single(UnfinishedMessages(harness));
        Assert.Equal(UnreliableVoice.PiecesBeforeTrouble, WordsIn(harness.Events.Deltas.Where(d => d.MessageId == cutId)));
        Assert.Equal(cutId, Assert.Single(harness.Events.Resets).MessageId);
    }

    [Fact]
    public async Task Skip_during_slow_grading_moves_on_and_the_late_grade_asks_nothing()
    {
        var grade = new TaskCompletionSource<Assessment>();
        var (grader, calls) = HangingGrader(grade.Task);
        using var harness = Harness(grader.Object);
        var id = await harness.StartAsync(Settings());
        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, null, None).WaitAsync(Eventually.Patience);
        await Eventually.HoldsAsync(() => calls.Count == 1);

        await harness.Service.SkipQuestionAsync(id, None).WaitAsync(Eventually.Patience);
        await harness.Runner.WhenIdleAsync().WaitAsync(Eventually.Patience);
        grade.SetResult(FlowSessions.WithGap(FlowBank.CrossValidation, followUp: 2));
        await Task.Delay(100);
        await harness.Runner.WhenIdleAsync();

        Assert.True(calls[0].Token.IsCancellationRequested);
        var transcript = harness.Transcript(id);
        AssertKinds(transcript, MessageKind.Greeting, MessageKind.Question, MessageKind.Answer, MessageKind.Question);
        Assert.Equal(1, transcript[^1].QuestionIndex);
        var session = harness.Session(id);
        Assert.Equal(1, session.CurrentIndex);
        Assert.True(session.Questions[0].Skipped);
        Assert.Empty(session.Questions[0].AskedFollowUps);
        Assert.Empty(harness.Store.Assessments);
        Assert.False(session.AwaitingAssessment);
    }

    [Fact]
    public async Task An_answer_or_a_hint_while_the_last_answer_is_graded_is_refused_and_nothing_is_stored()
    {
        var grade = new TaskCompletionSource<Assessment>();
        var (grader, _) = HangingGrader(grade.Task);
        using var harness = Harness(grader.Object);
        var id = await harness.StartAsync(Settings());
        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, null, None).WaitAsync(Eventually.Patience);

        var answer = await Assert.ThrowsAsync<InterviewException>(() => harness.Service.SubmitAnswerAsync(id, "And another thing.", null, None));
        var hint = await Assert.ThrowsAsync<InterviewException>(() => harness.Service.RequestHintAsync(id, None));

        Assert.Equal("answer-not-expected", answer.Code);
        Assert.Equal("session-busy", hint.Code);
        Assert.Single(harness.Transcript(id), t => t.Role == Role.Candidate);
        grade.SetResult(FlowSessions.Thorough(FlowBank.CrossValidation));
        await harness.Runner.WhenIdleAsync();
    }

    [Fact]
    public async Task An_answer_or_a_skip_while_the_question_is_still_being_asked_is_refused()
    {
        var voice = Voice(stalls: (u, _) => u is QuestionUtterance);
        using var harness = Harness(voice: voice);
        var session = await harness.Service.CreateAsync(Settings(), None);
        harness.Service.Continue(session.Id);
        await voice.Stalled.WaitAsync(Eventually.Patience);

        var answer = await Assert.ThrowsAsync<InterviewException>(() => harness.Service.SubmitAnswerAsync(session.Id, GeneralizationOnly, null, None));
        var skip = await Assert.ThrowsAsync<InterviewException>(() => harness.Service.SkipQuestionAsync(session.Id, None));

        Assert.Equal("answer-not-expected", answer.Code);
        Assert.Equal("session-busy", skip.Code);
        Assert.DoesNotContain(harness.Transcript(session.Id), t => t.Role == Role.Candidate);
        await harness.Service.EndAsync(session.Id, None);
        await harness.Runner.WhenIdleAsync().WaitAsync(Eventually.Patience);
    }

    [Fact]
    public async Task A_message_that_breaks_midway_is_said_again_under_the_same_id_and_stored_once()
    {
        var voice = Voice(breaks: (u, attempt) => u is QuestionUtterance && attempt <= 2);
        using var harness = Harness(voice: voice);

        var id = await harness.StartAsync(Settings());

        var question = harness.Transcript(id)[^1];
        Assert.Equal(MessageKind.Question, question.Kind);
        Assert.Equal(harness.Voice.Compose(harness.Session(id), new QuestionUtterance(0, AfterSkip: false)), question.Text);
        Assert.Equal([question.MessageId, question.MessageId], harness.Events.Resets.Select(r => r.MessageId));
        Assert.Empty(harness.Events.Errors);

        // Two broken tries of two pieces each, then the whole message: the pieces since the last reset make it up.
        var all = harness.Events.All;
        var lastReset = all.ToList().FindLastIndex(e => e is RecordingInterviewEvents.Reset);
        var pieces = all.Select((e, i) => (e, i)).Where(x => x.e is RecordingInterviewEvents.Delta d && d.MessageId == question.MessageId).ToList();
        var afterLastReset = pieces.Where(x => x.i > lastReset).Select(x => ((RecordingInterviewEvents.Delta)x.e).Text);
        Assert.Equal(question.Text, string.Concat(afterLastReset));
        Assert.Equal(2 * UnreliableVoice.PiecesBeforeTrouble, WordsIn(pieces.Where(x => x.i < lastReset).Select(x => (RecordingInterviewEvents.Delta)x.e)));
    }

    [Fact]
    public async Task A_message_that_keeps_breaking_reports_the_interviewer_unavailable_and_the_next_call_tries_again()
    {
        var broken = true;
        var voice = Voice(breaks: (u, _) => broken && u is QuestionUtterance);
        using var harness = Harness(voice: voice, pipeline: PipelineSettings.Default with { SpeakingAttempts = 3 });

        var id = await harness.StartAsync(Settings());

        var error = Assert.Single(harness.Events.Errors);
        Assert.Equal("interviewer-unavailable", error.Code);
        Assert.Equal(3, harness.Events.Resets.Count);
        AssertKinds(harness.Transcript(id), MessageKind.Greeting);
        Assert.Equal([new QuestionUtterance(0, AfterSkip: false)], harness.Session(id).Pending);

        // The candidate answers anyway: refused, since the question is still to come, but it comes now.
        broken = false;
        var refused = await Assert.ThrowsAsync<InterviewException>(() => harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, null, None));
        await harness.Runner.WhenIdleAsync();
        Assert.Equal("answer-not-expected", refused.Code);
        AssertKinds(harness.Transcript(id), MessageKind.Greeting, MessageKind.Question);
    }

    [Fact]
    public async Task A_stalled_message_is_given_up_after_its_time_and_tried_again()
    {
        var voice = Voice(stalls: (u, attempt) => u is QuestionUtterance && attempt == 1);
        using var harness = Harness(voice: voice, pipeline: PipelineSettings.Default with { SpeakingTimeout = TimeSpan.FromMilliseconds(200) });

        var id = await harness.StartAsync(Settings());

        AssertKinds(harness.Transcript(id), MessageKind.Greeting, MessageKind.Question);
        Assert.Single(harness.Events.Resets);
        Assert.Empty(harness.Events.Errors);
    }

    [Fact]
    public async Task Grading_that_takes_too_long_reports_grading_failed_and_the_answer_counts_with_the_next_one()
    {
        var (grader, calls) = HangingGrader(new TaskCompletionSource<Assessment>().Task, Task.FromResult(FlowSessions.Thorough(FlowBank.CrossValidation)));
        using var harness = Harness(grader.Object, pipeline: PipelineSettings.Default with { GradingTimeout = TimeSpan.FromMilliseconds(200) });
        var id = await harness.StartAsync(Settings());

        await harness.AnswerAsync(id, GeneralizationOnly);

        Assert.Equal("grading-failed", Assert.Single(harness.Events.Errors).Code);
        Assert.True(InterviewStateMachine.ExpectsAnswer(harness.Session(id)));
        Assert.Empty(harness.LastReply(id));

        await harness.AnswerAsync(id, "You split the data into k folds.");

        Assert.Equal([GeneralizationOnly, "You split the data into k folds."], calls[1].Request.Answers);
        AssertKinds(harness.LastReply(id), MessageKind.Feedback, MessageKind.Question);
    }

    [Fact]
    public async Task Hints_stop_at_the_cap_however_often_they_are_asked_for()
    {
        using var harness = Harness();
        var id = await harness.StartAsync(Settings());
        var turns = harness.Transcript(id).Count;

        var refusals = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            try
            {
                await harness.HintAsync(id);
            }
            catch (InterviewException e)
            {
                refusals.Add(e.Code);
            }
        }

        Assert.Equal(turns + InterviewSettings.MaxHintsPerQuestion, harness.Transcript(id).Count);
        Assert.Equal(2000 - InterviewSettings.MaxHintsPerQuestion, refusals.Count);
        Assert.All(refusals, code => Assert.Equal("hint-limit", code));

        // Past the last hint, "I don't know" is taken as the answer it is, and the interview moves on.
        await harness.AnswerAsync(id, "I don't know");
        Assert.Single(harness.Store.Assessments);
        Assert.DoesNotContain(harness.LastReply(id), t => t.Kind == MessageKind.Hint);
    }

    [Fact]
    public async Task An_answer_sent_again_under_its_client_id_is_stored_and_graded_once()
    {
        var (grader, calls) = HangingGrader(Task.FromResult(FlowSessions.WithGap(FlowBank.CrossValidation, followUp: 2)));
        using var harness = Harness(grader.Object);
        var id = await harness.StartAsync(Settings());

        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, "draft-1", None);
        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, "draft-1", None);
        await harness.Runner.WhenIdleAsync();
        await harness.Service.SubmitAnswerAsync(id, GeneralizationOnly, "draft-1", None);
        await harness.Runner.WhenIdleAsync();

        var answer = Assert.Single(harness.Transcript(id), t => t.Role == Role.Candidate);
        Assert.Equal("draft-1", answer.ClientMessageId);
        Assert.Single(calls);
        Assert.Single(harness.Transcript(id), t => t.Kind == MessageKind.FollowUp);
    }
}
