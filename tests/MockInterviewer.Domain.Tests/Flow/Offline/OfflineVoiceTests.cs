using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Phrases;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow.Offline;

public sealed class OfflineVoiceTests
{
    private static QuestionBank Bank => RealPrompts.Value.Bank;

    private static PhraseBook Phrases => RealPrompts.Phrases;

    private static OfflineVoice Voice() => new(Bank, Phrases);

    private static InterviewSession Session(
        Language language,
        IReadOnlyList<string> questionIds,
        string id = "voice-session",
        InterviewMode mode = InterviewMode.Interview,
        int? minutes = null) => new()
        {
            Id = id,
            Settings = new InterviewSettings(mode, Bank.Find(questionIds[0])!.Track, language, questionIds.Count, minutes, FeedbackTiming.AfterEach),
            StartedAt = FlowSessions.Start,
            Questions = questionIds.Select(q => new QuestionProgress { QuestionId = q, Asked = true }).ToList(),
        };

    private static IReadOnlyList<string> MlQuestions(int count) => [.. Bank.InTrack("ml-junior").Take(count).Select(q => q.Id)];

    /// <summary>What the interviewer says around the question itself.</summary>
    private static string LeadIn(InterviewSession session, int index)
    {
        var text = Voice().Compose(session, new QuestionUtterance(index, AfterSkip: false));
        var question = Bank.Find(session.Questions[index].QuestionId)!.Text.In(session.Settings.Language);
        Assert.Contains(question, text, StringComparison.Ordinal);
        return text.Replace(question, "", StringComparison.Ordinal).Trim();
    }

    [Theory]
    [InlineData(Language.Ko, "voice-session")]
    [InlineData(Language.En, "voice-session")]
    [InlineData(Language.Ko, "5f0c2e8a9b7d4c1e")]
    [InlineData(Language.En, "5f0c2e8a9b7d4c1e")]
    public void Transitions_between_questions_vary_and_never_repeat_back_to_back(Language language, string sessionId)
    {
        var session = Session(language, MlQuestions(8), sessionId);

        var leadIns = Enumerable.Range(1, 7).Select(i => LeadIn(session, i)).ToList();

        Assert.All(leadIns.Zip(leadIns.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.True(leadIns.Distinct().Count() >= 3, string.Join(" | ", leadIns));
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Ko)]
    public async Task The_voice_says_a_word_a_piece_and_its_pieces_make_up_the_whole_message(Language language)
    {
        var session = Session(language, MlQuestions(2));
        var greeting = new GreetingUtterance();
        var whole = Voice().Compose(session, greeting);

        var pieces = new List<string>();
        await foreach (var piece in Voice().SpeakAsync(session, greeting, CancellationToken.None))
        {
            pieces.Add(piece);
        }

        Assert.Equal(whole, string.Concat(pieces));
        Assert.Equal(whole.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, pieces.Count);
        Assert.All(pieces, p => Assert.Single(p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.All(pieces.Skip(1), p => Assert.False(char.IsWhiteSpace(p[0])));
    }

    [Fact]
    public void A_resumed_session_says_the_same_transitions_again()
    {
        var before = Session(Language.Ko, MlQuestions(5), "resumed");
        var after = Session(Language.Ko, MlQuestions(5), "resumed");

        Assert.Equal(
            Enumerable.Range(1, 4).Select(i => Voice().Compose(before, new QuestionUtterance(i, AfterSkip: i == 2))),
            Enumerable.Range(1, 4).Select(i => new OfflineVoice(Bank, Phrases).Compose(after, new QuestionUtterance(i, AfterSkip: i == 2))));
    }

    [Fact]
    public void One_question_and_one_minute_are_said_in_the_singular()
    {
        var session = Session(Language.En, MlQuestions(1), minutes: 1);

        var greeting = Voice().Compose(session, new GreetingUtterance());
        var closing = Voice().Compose(session, new ClosingUtterance(0, ClosingReason.TimeUp));

        Assert.Contains(Phrases.Count("questions", 1, Language.En), greeting, StringComparison.Ordinal);
        Assert.Contains(Phrases.Count("minutes", 1, Language.En), greeting, StringComparison.Ordinal);
        Assert.DoesNotContain("1 questions", greeting, StringComparison.Ordinal);
        Assert.DoesNotContain("1 minutes", greeting + closing, StringComparison.Ordinal);
        Assert.Contains(Phrases.Count("minutes", 1, Language.En), closing, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_is_said_about_the_answer_out_of_100()
    {
        var session = Session(Language.Ko, MlQuestions(1));
        session.Questions[0].Assessment = Graded(session.Questions[0].QuestionId, 93, PointStatus.Covered);

        var korean = Voice().Compose(session, new FeedbackUtterance(0));
        var englishSession = Session(Language.En, MlQuestions(1));
        englishSession.Questions[0].Assessment = session.Questions[0].Assessment;
        var english = Voice().Compose(englishSession, new FeedbackUtterance(0));

        Assert.StartsWith(Phrases.Get("feedback.score", Language.Ko, ("score", 93)), korean, StringComparison.Ordinal);
        Assert.Contains("답변", Phrases.Get("feedback.score", Language.Ko), StringComparison.Ordinal);
        Assert.Contains("100", Phrases.Get("feedback.score", Language.Ko), StringComparison.Ordinal);
        Assert.DoesNotContain("이 질문은", korean, StringComparison.Ordinal);
        Assert.Contains("answer", Phrases.Get("feedback.score", Language.En), StringComparison.Ordinal);
        Assert.Contains("out of 100", Phrases.Get("feedback.score", Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain("That question scores", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Ko)]
    [InlineData(Language.En)]
    public void Self_introduction_attempts_are_counted_with_ordinal_words(Language language)
    {
        var session = Session(language, ["intro-one-minute"], mode: InterviewMode.SelfIntro);
        var progress = session.Questions[0];
        var spoken = new List<string>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            progress.Attempts.Add(new SelfIntroAttempt("안녕하세요.", 50, 30));
            progress.Assessment = Graded("intro-one-minute", 50, PointStatus.Partial);
            spoken.Add(Voice().Compose(session, new FeedbackUtterance(0)));
        }

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Contains(Phrases.Ordinal(attempt, language), spoken[attempt - 1], StringComparison.Ordinal);
            Assert.DoesNotContain($"{attempt}번째", spoken[attempt - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Follow_up_lead_in_follows_how_the_answer_went()
    {
        Assert.Equal(FollowUpLeadIn.Redirect, FollowUpLeadIn.Choose(Graded("q", 0, PointStatus.Missing)).Key);
        Assert.Equal(FollowUpLeadIn.Redirect, FollowUpLeadIn.Choose(Graded("q", 0, PointStatus.Incorrect)).Key);
        Assert.Equal(FollowUpLeadIn.Partial, FollowUpLeadIn.Choose(Graded("q", 40, PointStatus.Partial)).Key);
        Assert.Equal(FollowUpLeadIn.Strong, FollowUpLeadIn.Choose(Graded("q", 85, PointStatus.Covered)).Key);

        var misread = Graded("q", 0, PointStatus.Missing) with { Misreading = "feature scaling" };
        Assert.Equal((FollowUpLeadIn.Misread, "feature scaling"), FollowUpLeadIn.Choose(misread));
    }

    [Fact]
    public void No_praise_leads_into_a_follow_up_after_a_weak_or_confused_answer()
    {
        var praise = new[] { "좋습니다", "좋아요", "잘 들었", "Good", "Great", "Nice", "clear" };
        foreach (var key in new[] { FollowUpLeadIn.Partial, FollowUpLeadIn.Redirect, FollowUpLeadIn.Misread })
        {
            for (var variant = 0; variant < Phrases.VariantCount(key); variant++)
            {
                foreach (var language in new[] { Language.Ko, Language.En })
                {
                    var text = Phrases.Variant(key, variant, language, ("followUp", ""), ("misreading", ""));
                    Assert.All(praise, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
    }

    [Theory]
    [InlineData(Language.Ko)]
    [InlineData(Language.En)]
    public void A_misread_question_is_pointed_out_kindly_before_the_follow_up(Language language)
    {
        var session = Session(language, ["ml-regularization"]);
        var question = Bank.Find("ml-regularization")!;
        session.Questions[0].Assessment = Graded(question.Id, 0, PointStatus.Missing) with { Misreading = "데이터 스케일링" };
        var followUp = new SuggestedFollowUp(0, question.FollowUps[0].ProbesPointId, question.FollowUps[0].Text.In(language));
        session.Questions[0].ProbedPoints.Add(followUp.PointId);

        var text = Voice().Compose(session, new FollowUpUtterance(0, followUp));

        Assert.Contains("데이터 스케일링", text, StringComparison.Ordinal);
        Assert.EndsWith(followUp.Text, text, StringComparison.Ordinal);
        Assert.DoesNotContain("{misreading}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_question_has_an_outline_for_its_kind_of_question()
    {
        var wording = new HintWording(Phrases);

        Assert.All(Bank.Questions, q => Assert.NotEqual(HintWording.GenericOutline, wording.OutlineKey(q)));
        Assert.Equal("hint.outline.behavioral", wording.OutlineKey(Bank.Find("beh-peer-conflict")!));
        Assert.Equal("hint.outline.self-intro", wording.OutlineKey(Bank.Find("intro-one-minute")!));
        Assert.Equal("hint.outline.ai-engineer", wording.OutlineKey(Bank.Find("ai-measure-business-results")!));
        Assert.Equal("hint.outline.ml-junior.ml-theory", wording.OutlineKey(Bank.Find("ml-cross-validation")!));

        var outlines = new[] { "beh-peer-conflict", "intro-one-minute", "ai-measure-business-results", "ml-cross-validation" }
            .Select(id => Phrases.Get(wording.OutlineKey(Bank.Find(id)!), Language.En));
        Assert.Equal(4, outlines.Distinct().Count());
    }

    private static Assessment Graded(string questionId, int score, PointStatus status) => new(
        questionId,
        Language.Ko,
        score,
        [new PointAssessment("core", "The core idea", status, null)],
        [],
        status == PointStatus.Covered ? [] : ["The core idea — not covered yet."],
        null,
        GradingEngine.Offline);
}
