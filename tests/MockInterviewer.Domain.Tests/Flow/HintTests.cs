using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed partial class HintTests
{
    private static readonly OfflineVoice Voice = new(RealPrompts.Value.Bank, RealPrompts.Phrases);
    private static readonly StuckCues Cues = new(RealPrompts.GraderSettings);

    // Shorter pieces ("overfitting", "k folds") are words a nudge may share with the answer.
    private const int MinTellingFragment = 20;

    /// <summary>The model answer's sentences and steps, and the worked examples it gives in parentheses.</summary>
    private static IEnumerable<string> Telling(string modelAnswer) =>
        Step().Split(modelAnswer)
            .Concat(Example().Matches(modelAnswer).Select(m => m.Groups[1].Value))
            .Select(f => f.Trim())
            .Where(f => f.Length >= MinTellingFragment);

    public static TheoryData<string> QuestionIds => [.. RealPrompts.Value.Bank.Questions.Select(q => q.Id)];

    private static string Hint(Question question, int number, bool stuck, Language language)
    {
        var session = new InterviewSession
        {
            Id = "hints",
            Settings = new InterviewSettings(InterviewMode.Interview, question.Track, language, 1, null, FeedbackTiming.AfterEach),
            StartedAt = FlowSessions.Start,
            Questions = [new QuestionProgress { QuestionId = question.Id, Asked = true }],
        };
        return Voice.Compose(session, new HintUtterance(0, number, stuck));
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void Hints_never_contain_the_model_answer(string questionId)
    {
        var question = RealPrompts.Value.Bank.Find(questionId)!;

        foreach (var language in new[] { Language.Ko, Language.En })
        {
            var modelAnswer = question.ModelAnswer.In(language);
            var fragments = Telling(modelAnswer).ToList();
            Assert.NotEmpty(fragments);
            for (var number = 1; number <= question.Hints.Count + 2; number++)
            {
                foreach (var stuck in new[] { true, false })
                {
                    var hint = Hint(question, number, stuck, language);
                    Assert.DoesNotContain(modelAnswer, hint, StringComparison.OrdinalIgnoreCase);
                    Assert.All(fragments, f => Assert.DoesNotContain(f, hint, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
    }

    [Fact]
    public void First_hint_for_a_stuck_candidate_starts_with_encouragement_and_later_ones_do_not()
    {
        var question = RealPrompts.Value.Bank.Find("ml-cross-validation")!;
        var encouragement = RealPrompts.Phrases.Get("hint.thinking", Language.En);

        Assert.StartsWith(encouragement, Hint(question, 1, stuck: true, Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain(encouragement, Hint(question, 1, stuck: false, Language.En), StringComparison.Ordinal);
        Assert.DoesNotContain(encouragement, Hint(question, 2, stuck: true, Language.En), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("잘 모르겠어요")]
    [InlineData("모르겠어요")]
    [InlineData("모르겠습니다")]
    [InlineData("힌트 주세요")]
    [InlineData("음... 잘 모르겠습니다. 힌트를 좀 주실 수 있을까요?")]
    [InlineData("기억이 안 나요 ㅠㅠ")]
    [InlineData("I don't know")]
    [InlineData("i dont know")]
    [InlineData("Could you give me a hint?")]
    [InlineData("No idea, sorry.")]
    [InlineData("I'm not sure, can I get a hint?")]
    [InlineData("I'm stuck. Could you help me out a bit?")]
    public void A_reply_that_is_all_plea_is_recognised(string answer) => Assert.True(Cues.IsStuck(answer));

    [Theory]
    [InlineData("교차 검증은 데이터를 여러 폴드로 나눠 번갈아 검증하는 방법입니다.")]
    [InlineData("You split the data into folds and validate on each one in turn.")]
    [InlineData("I don't know the exact formula, but cross-validation splits the data into k folds and rotates which fold is held out for validation.")]
    [InlineData("공식 문서를 먼저 보고, 30분 이상 막히면 바로 팀원에게 물어봅니다.")]
    [InlineData("정확히는 모르겠지만 데이터를 여러 번 나눠서 검증하는 방법입니다.")]
    [InlineData("I'm not sure about the details, but I'd use class weights.")]
    [InlineData("Not sure, I'd probably just go with what they want.")]
    [InlineData("혼자 하다가 막히면 팀원에게 물어보는 편이라 팀이 더 좋습니다.")]
    public void A_short_answer_that_mentions_being_stuck_is_still_an_answer(string answer) => Assert.False(Cues.IsStuck(answer));

    [GeneratedRegex(@"(?<=[.。!?])\s|→")]
    private static partial Regex Step();

    [GeneratedRegex(@"\(([^()]+)\)")]
    private static partial Regex Example();
}
