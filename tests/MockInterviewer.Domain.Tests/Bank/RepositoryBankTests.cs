using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Bank;

/// <summary>The bank the product ships: every source question is there, in both languages.</summary>
public sealed class RepositoryBankTests
{
    private static QuestionBank Bank => RealPrompts.Value.Bank;

    [Theory]
    [InlineData("ml-junior", 15)]
    [InlineData("behavioral", 18)]
    [InlineData("self-intro", 1)]
    public void Track_holds_every_question_of_its_source(string track, int expected) =>
        Assert.Equal(expected, Bank.InTrack(track).Count());

    [Fact]
    public void Ai_engineer_track_has_at_least_six_questions() =>
        Assert.True(Bank.InTrack("ai-engineer").Count() >= 6);

    [Fact]
    public void Self_introduction_heads_the_self_intro_track_and_is_listed_in_behavioral()
    {
        var intro = Assert.Single(Bank.InTrack("self-intro"));
        Assert.Contains(intro, Bank.InTrack("behavioral"));
    }

    [Fact]
    public void Every_question_has_both_languages_reference_points_follow_ups_and_hints()
    {
        Assert.All(Bank.Questions, q =>
        {
            Assert.True(q.ReferencePoints.Count >= 2, q.Id);
            Assert.All(q.ReferencePoints, p => Assert.False(string.IsNullOrWhiteSpace(p.Text.Ko) || string.IsNullOrWhiteSpace(p.Text.En), q.Id));
            Assert.NotEmpty(q.FollowUps);
            Assert.NotEmpty(q.Hints);
        });
    }

    [Fact]
    public void Behavioral_questions_carry_star_probes()
    {
        Assert.All(Bank.InTrack("behavioral"), q => Assert.Contains(q.FollowUps, f => f.Star is not null));
    }

    [Fact]
    public void Ml_junior_keeps_the_source_difficulty_and_rarity()
    {
        var crossValidation = Bank.Find("ml-cross-validation")!;
        Assert.Equal(Difficulty.Easy, crossValidation.Difficulty);
        Assert.Equal(Rarity.VeryCommon, crossValidation.Rarity);

        var staticMethods = Bank.Find("ml-static-class-method")!;
        Assert.Equal(Rarity.Medium, staticMethods.Rarity);
    }

    [Theory]
    [InlineData("ml-junior")]
    [InlineData("behavioral")]
    [InlineData("self-intro")]
    public void Questions_taken_from_a_source_document_keep_its_wording(string track) =>
        Assert.All(Bank.InTrack(track), q => Assert.False(string.IsNullOrWhiteSpace(q.Source), q.Id));

    [Fact]
    public void Korean_questions_are_spoken_not_written_like_an_exam()
    {
        Assert.All(Bank.Questions, q => Assert.False(KoreanRegister.ReadsLikeAWrittenExam(q.Text.Ko), $"{q.Id}: {q.Text.Ko}"));
        Assert.Contains(Bank.Questions, q => q.Source is not null && KoreanRegister.ReadsLikeAWrittenExam(q.Source));
    }

    [Fact]
    public void Korean_follow_ups_and_hints_are_spoken_not_written_like_an_exam()
    {
        Assert.All(Bank.Questions, q =>
        {
            Assert.All(q.FollowUps, f => Assert.False(KoreanRegister.ReadsLikeAWrittenExam(f.Text.Ko), $"{q.Id}: {f.Text.Ko}"));
            Assert.All(q.FollowUps, f => Assert.False(KoreanRegister.ReadsLikeAWrittenExam(f.Hint?.Ko ?? ""), $"{q.Id}: {f.Hint?.Ko}"));
            Assert.All(q.Hints, h => Assert.False(KoreanRegister.ReadsLikeAWrittenExam(h.Ko), $"{q.Id}: {h.Ko}"));
        });
    }

    [Fact]
    public void Every_point_has_advice_in_both_languages_and_the_korean_is_polite()
    {
        Assert.All(Bank.Questions.SelectMany(q => q.ReferencePoints.Select(p => (q.Id, Point: p))), x =>
        {
            Assert.False(string.IsNullOrWhiteSpace(x.Point.Advice.Ko) || string.IsNullOrWhiteSpace(x.Point.Advice.En), $"{x.Id}/{x.Point.Id}");
            Assert.True(KoreanRegister.EndsPolitely(x.Point.Advice.Ko), $"{x.Id}/{x.Point.Id}: {x.Point.Advice.Ko}");
        });
    }

    [Fact]
    public void Advice_speaks_to_the_candidate_rather_than_repeating_the_rubric()
    {
        Assert.All(Bank.Questions.SelectMany(q => q.ReferencePoints.Select(p => (q.Id, Point: p))), x =>
        {
            Assert.DoesNotContain(x.Point.Text.Ko, x.Point.Advice.Ko, StringComparison.Ordinal);
            Assert.DoesNotContain(x.Point.Text.En, x.Point.Advice.En, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\b(the candidate|their own|they did)\b", x.Point.Advice.En);
        });
    }

    [Fact]
    public void Every_follow_up_has_a_hint_of_its_own_in_both_languages()
    {
        Assert.All(Bank.Questions.SelectMany(q => q.FollowUps.Select((f, i) => (q, f, i))), x =>
        {
            var (question, followUp, index) = x;
            Assert.NotNull(followUp.Hint);
            Assert.False(string.IsNullOrWhiteSpace(followUp.Hint!.Ko) || string.IsNullOrWhiteSpace(followUp.Hint.En), $"{question.Id}[{index}]");
            Assert.True(KoreanRegister.EndsPolitely(followUp.Hint.Ko), $"{question.Id}[{index}]: {followUp.Hint.Ko}");
            Assert.DoesNotContain(followUp.Hint.En, question.Hints.Select(h => h.En));
            Assert.DoesNotContain(question.FindPoint(followUp.ProbesPointId)!.Text.En, followUp.Hint.En, StringComparison.OrdinalIgnoreCase);
        });
    }
}
