using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow.Offline;

/// <summary>The hints on one question, as the state machine asks for them and the offline voice words them.</summary>
public sealed class HintSequenceTests
{
    private static string Phrase(string key, Language language) => RealPrompts.Phrases.Get(key, language);

    private static InterviewSession Session(QuestionBank bank, string questionId, Language language) => new()
    {
        Id = "hint-session",
        Settings = new InterviewSettings(InterviewMode.Interview, bank.Find(questionId)!.Track, language, 1, null, FeedbackTiming.AfterEach),
        StartedAt = FlowSessions.Start,
        Questions = [new QuestionProgress { QuestionId = questionId, Asked = true }],
    };

    private static void FollowUpAsked(InterviewSession session, Question question, int followUpIndex)
    {
        var followUp = question.FollowUps[followUpIndex];
        var assessment = new Assessment(
            question.Id,
            session.Settings.Language,
            30,
            [new PointAssessment(followUp.ProbesPointId, "point", PointStatus.Missing, null)],
            [],
            [],
            new SuggestedFollowUp(followUpIndex, followUp.ProbesPointId, followUp.Text.In(session.Settings.Language)),
            GradingEngine.Offline);
        InterviewStateMachine.ReceiveAnswer(session, "An answer.", assessment, 10, FlowSessions.At(1));
        session.Pending.Clear();
    }

    /// <summary>Asks for <paramref name="count"/> hints and returns their words.</summary>
    private static List<string> Hints(QuestionBank bank, InterviewSession session, int count)
    {
        var voice = new OfflineVoice(bank, RealPrompts.Phrases);
        var said = new List<string>();
        for (var i = 0; i < count; i++)
        {
            InterviewStateMachine.GiveHint(session, candidateWasStuck: false, FlowSessions.At(2));
            said.Add(voice.Compose(session, Assert.IsType<HintUtterance>(Assert.Single(session.Pending))));
            session.Pending.Clear();
        }

        return said;
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Ko)]
    public void After_a_follow_up_the_first_hint_is_about_the_follow_up_then_the_question_resumes(Language language)
    {
        var question = FlowBank.Value.Find(FlowBank.CrossValidation)!;
        var session = Session(FlowBank.Value, question.Id, language);
        FollowUpAsked(session, question, 2);

        var hints = Hints(FlowBank.Value, session, 2);

        Assert.Contains(question.FollowUps[2].Hint!.In(language), hints[0], StringComparison.Ordinal);
        Assert.DoesNotContain(question.Hints[0].In(language), hints[0], StringComparison.Ordinal);
        Assert.Contains(question.Hints[0].In(language), hints[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Ko)]
    public void Hints_walk_the_question_then_its_outline_and_the_third_says_it_is_the_last(Language language)
    {
        var question = FlowBank.Value.Find(FlowBank.Regularization)!;
        Assert.Equal(2, question.Hints.Count);

        var hints = Hints(FlowBank.Value, Session(FlowBank.Value, question.Id, language), InterviewSettings.MaxHintsPerQuestion);

        Assert.Contains(question.Hints[0].In(language), hints[0], StringComparison.Ordinal);
        Assert.Contains(question.Hints[1].In(language), hints[1], StringComparison.Ordinal);
        Assert.StartsWith(Phrase("hint.outline", language), hints[2], StringComparison.Ordinal);
        Assert.EndsWith(Phrase("hint.last", language), hints[2], StringComparison.Ordinal);
        Assert.DoesNotContain(Phrase("hint.last", language), hints[0] + hints[1], StringComparison.Ordinal);
    }

    public static TheoryData<string> QuestionIds => [.. RealPrompts.Value.Bank.Questions.Select(q => q.Id)];

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void Thats_all_is_never_repeated_and_the_last_allowed_hint_says_so(string questionId)
    {
        var bank = RealPrompts.Value.Bank;
        foreach (var language in new[] { Language.Ko, Language.En })
        {
            var hints = Hints(bank, Session(bank, questionId, language), InterviewSettings.MaxHintsPerQuestion);

            var exhausted = Phrase("hint.exhausted", language);
            Assert.True(hints.Count(h => h.Contains(exhausted, StringComparison.Ordinal)) <= 1, questionId);
            Assert.True(hints[^1].Contains(exhausted, StringComparison.Ordinal) || hints[^1].EndsWith(Phrase("hint.last", language), StringComparison.Ordinal), hints[^1]);
            Assert.Equal(hints.Count, hints.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void Every_bank_follow_up_gets_its_own_hint_first(string questionId)
    {
        var bank = RealPrompts.Value.Bank;
        var question = bank.Find(questionId)!;
        for (var index = 0; index < question.FollowUps.Count; index++)
        {
            foreach (var language in new[] { Language.Ko, Language.En })
            {
                var session = Session(bank, questionId, language);
                FollowUpAsked(session, question, index);

                var hint = Assert.Single(Hints(bank, session, 1));

                Assert.Contains(question.FollowUps[index].Hint!.In(language), hint, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_hint_asked_after_a_follow_up_in_an_interview_addresses_the_follow_up()
    {
        using var harness = new InterviewHarness(FlowBank.Value);
        var id = await harness.StartAsync(InterviewHarness.Settings());
        await harness.AnswerAsync(id, "It shows whether the model is overfitting and how well it generalizes to unseen data.");
        var followUp = Assert.Single(harness.Store.Assessments).FollowUp!;

        await harness.HintAsync(id);

        var hint = Assert.Single(harness.LastReply(id));
        Assert.Equal(MessageKind.Hint, hint.Kind);
        var question = FlowBank.Value.Find(FlowBank.CrossValidation)!;
        Assert.Contains(question.FollowUps[followUp.BankIndex!.Value].Hint!.En, hint.Text, StringComparison.Ordinal);
    }
}
