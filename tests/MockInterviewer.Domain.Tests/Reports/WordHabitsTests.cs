using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Reports;

public sealed class WordHabitsTests
{
    private static readonly QuestionBank Bank = RealPrompts.Value.Bank;

    private static InterviewSession Session(InterviewMode mode, string track, Language language, params QuestionProgress[] questions) => new()
    {
        Id = "words-1",
        Settings = new InterviewSettings(mode, track, language, questions.Length, null, FeedbackTiming.AtEnd),
        StartedAt = FlowSessions.Start,
        Status = SessionStatus.Completed,
        Questions = [.. questions],
    };

    private static QuestionProgress Answered(string questionId, params string[] answers) =>
        new() { QuestionId = questionId, Asked = true, Answers = [.. answers] };

    [Fact]
    public void Korean_answers_count_words_without_particles_fillers_and_length_against_each_question_s_target()
    {
        const string docker = "음 그니까 컨테이너를 쓰면 컨테이너가 환경을 고정해 줍니다. 그 뭐지, 컨테이너 이미지로 배포합니다.";
        const string conflict = "뭔가 약간 의견이 달랐는데 동료와 의견을 맞추려고 회의를 했습니다.";
        var session = Session(InterviewMode.Interview, "ml-junior", Language.Ko,
            Answered("ml-docker", docker), Answered("beh-peer-conflict", conflict), new QuestionProgress { QuestionId = "ml-cicd", Asked = true, Skipped = true });

        var words = RealPrompts.Words.Describe(session, Bank);

        Assert.Equal(new WordCount("컨테이너", 3), words.MostUsed[0]);
        Assert.Contains(new WordCount("의견", 2), words.MostUsed);
        foreach (var filler in new[] { "음", "그니까", "뭔가", "약간", "그 뭐지" })
        {
            Assert.Contains(new WordCount(filler, 1), words.Fillers);
        }

        Assert.Equal(["ml-docker", "beh-peer-conflict"], words.Lengths.Select(l => l.QuestionId));
        Assert.Equal(
            [RealPrompts.Words.Lists.TargetSecondsFor("ml-junior"), RealPrompts.Words.Lists.TargetSecondsFor("behavioral")],
            words.Lengths.Select(l => l.TargetSeconds));
        Assert.NotEqual(words.Lengths[0].TargetSeconds, words.Lengths[1].TargetSeconds);
        Assert.Equal(docker.Length, words.Lengths[0].AverageChars);
        Assert.Equal(SpokenLength.EstimateSeconds(docker, Language.Ko), words.Lengths[0].AverageSeconds);
        Assert.Equal(
            (int)Math.Round(words.Lengths.Average(l => l.TargetSeconds), MidpointRounding.AwayFromZero),
            words.TargetAnswerSeconds);
        Assert.Empty(words.Attempts);
    }

    [Fact]
    public void English_answers_count_multi_word_fillers_and_the_average_length_against_the_target()
    {
        const string first = "Um, you know, basically the API loads the model once. The API then serves predictions.";
        const string followUp = "Basically a health endpoint.";
        var session = Session(InterviewMode.Interview, "ml-junior", Language.En, Answered("ml-model-rest-api", first, followUp));

        var words = RealPrompts.Words.Describe(session, Bank);

        Assert.Contains(new WordCount("basically", 2), words.Fillers);
        Assert.Contains(new WordCount("you know", 1), words.Fillers);
        Assert.Contains(new WordCount("um", 1), words.Fillers);
        Assert.Contains(new WordCount("api", 2), words.MostUsed);
        var length = Assert.Single(words.Lengths);
        Assert.Equal((int)Math.Round((first.Length + followUp.Length) / 2.0, MidpointRounding.AwayFromZero), length.AverageChars);
        Assert.Equal(words.AverageAnswerChars, length.AverageChars);
        Assert.Equal(length.TargetSeconds, words.TargetAnswerSeconds);
        Assert.True(words.AverageAnswerSeconds < words.TargetAnswerSeconds);
    }

    [Fact]
    public void Self_introduction_attempts_are_compared_on_fillers_words_and_length_against_the_minute()
    {
        const string rough = "음, 어, 그니까 저는 약간 김하늘이고 약간 데이터를 좋아합니다.";
        var attempts = new[] { rough, SelfIntro.Strong }
            .Select(a => new SelfIntroAttempt(a, 50, SpokenLength.EstimateSeconds(a, Language.Ko)))
            .ToList();
        var session = Session(InterviewMode.SelfIntro, QuestionPlanner.SelfIntroTrack, Language.Ko,
            new QuestionProgress { QuestionId = "intro-one-minute", Asked = true, Answers = [rough, SelfIntro.Strong], Attempts = attempts });

        var words = RealPrompts.Words.Describe(session, Bank);

        Assert.Equal([1, 2], words.Attempts.Select(a => a.Attempt));
        Assert.Contains(new WordCount("약간", 2), words.Attempts[0].Fillers);
        Assert.Empty(words.Attempts[1].Fillers);
        Assert.Equal([rough.Length, SelfIntro.Strong.Length], words.Attempts.Select(a => a.Chars));
        Assert.Equal(attempts.Select(a => a.EstimatedSeconds), words.Attempts.Select(a => a.EstimatedSeconds));
        Assert.All(words.Attempts, a => Assert.Equal(SpokenLength.TargetSeconds, a.TargetSeconds));
        // The overview counts the last draft only.
        Assert.Equal(SelfIntro.Strong.Length, words.AverageAnswerChars);
        Assert.DoesNotContain(words.Fillers, f => f.Word == "약간");
    }

    [Fact]
    public void Word_lists_without_a_default_target_are_refused()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "words.yaml");
        File.WriteAllText(path,
            "fillers: { ko: [음], en: [um] }\nstopWords: { ko: [저는], en: [the] }\nparticles: { ko: [을] }\ntargetSeconds: { ml-junior: 90 }\n");

        var error = Assert.Throws<PromptFileException>(() => WordListsLoader.Load(path));

        Assert.Equal("targetSeconds.default", error.Field);
    }
}
