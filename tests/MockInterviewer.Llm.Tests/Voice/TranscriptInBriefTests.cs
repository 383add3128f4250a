using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm.Tests.Voice;

/// <summary>The interviewer knows what came before from one line per earlier question, never from their whole text.</summary>
public sealed class TranscriptInBriefTests
{
    private const string EarlierAnswer = "A generator yields values lazily, one at a time, so I streamed a 40 GB log file through one without loading it.";

    [Theory]
    [InlineData("question")]
    [InlineData("follow-up")]
    [InlineData("feedback")]
    public async Task Each_step_sees_earlier_questions_in_brief_and_the_current_answers_in_full(string step)
    {
        var chat = new ScriptedStream().Pieces("Right.");
        var session = AfterFirstQuestion();
        Utterance utterance = step switch
        {
            "question" => new QuestionUtterance(1, AfterSkip: false),
            "follow-up" => new FollowUpUtterance(1, new SuggestedFollowUp(null, "timing", "How long does it take?")),
            _ => new FeedbackUtterance(1),
        };

        await foreach (var _ in Voice(chat).SpeakAsync(session, utterance, CancellationToken.None))
        {
        }

        var prompt = chat.LastPrompt;
        var generators = TestPrompts.Question("ml-generators");
        Assert.Contains("- Q1 (", prompt, StringComparison.Ordinal);
        Assert.Contains("score 55/100", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(EarlierAnswer, prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(generators.ModelAnswer.En, prompt, StringComparison.Ordinal);
        if (utterance is not QuestionUtterance)
        {
            Assert.Contains(VoiceSessions.Answer, prompt, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_first_question_has_nothing_before_it_and_a_skipped_one_says_so()
    {
        var session = VoiceSessions.Create(Language.En);
        Assert.Equal(EarlierQuestions.None, EarlierQuestions.Describe(session, 0, TestPrompts.Library.Bank));

        session.Questions[0].Skipped = true;
        Assert.EndsWith(": skipped", EarlierQuestions.Describe(session, 1, TestPrompts.Library.Bank), StringComparison.Ordinal);
    }

    private static InterviewSession AfterFirstQuestion()
    {
        var session = VoiceSessions.Create(Language.En, answered: true);
        var first = session.Questions[0];
        first.Asked = true;
        first.Answers.Add(EarlierAnswer);
        first.Assessment = new Assessment(first.QuestionId, Language.En, 55, [], [], [], null, GradingEngine.Llm);
        return session;
    }

    private static LlmVoice Voice(ScriptedStream chat) => new(
        chat.Service, TestPrompts.Model, TestPrompts.Library.Bank,
        new OfflineVoice(TestPrompts.Library.Bank, TestPrompts.Library.Phrases), NullLogger<LlmVoice>.Instance);
}
