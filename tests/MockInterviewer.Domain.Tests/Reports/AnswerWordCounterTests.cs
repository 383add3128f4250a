using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Reports;

public sealed class AnswerWordCounterTests
{
    private static readonly AnswerWordCounter Counter = RealPrompts.Words;

    [Fact]
    public void Korean_fillers_count_as_whole_words_only()
    {
        var words = Counter.Count(["음... 그니까 약간 과적합이 문제였어요.", "어, 음식 추천 모델을 만들었고 음 그 모델을 약간 고쳤습니다."]);

        Assert.Contains(new WordCount("음", 2), words.Fillers);
        Assert.Contains(new WordCount("약간", 2), words.Fillers);
        Assert.Contains(new WordCount("그니까", 1), words.Fillers);
        Assert.Contains(new WordCount("어", 1), words.Fillers);
        Assert.Equal(words.Fillers.OrderByDescending(f => f.Count).Select(f => f.Word), words.Fillers.Select(f => f.Word));
    }

    [Fact]
    public void A_filler_that_is_also_an_ordinary_word_counts_only_as_a_filler()
    {
        var words = Counter.Count(["I like working in a team, and we'd like to ship. It was, like, really hard."]);

        Assert.Contains(new WordCount("like", 1), words.Fillers);
    }

    [Fact]
    public void A_filler_phrase_counts_only_with_its_words_in_order()
    {
        var words = Counter.Count(["You know, I mean the model, you know. I know what you mean."]);

        Assert.Contains(new WordCount("you know", 2), words.Fillers);
        Assert.Contains(new WordCount("i mean", 1), words.Fillers);
    }

    [Fact]
    public void Most_used_words_leave_out_particles_stop_words_fillers_and_words_said_once()
    {
        var words = Counter.Count([
            "저는 모델을 학습했고 모델이 과적합되어서 모델의 규제를 늘렸습니다. 그리고 규제가 효과가 있었습니다.",
            "Basically the model overfit, so the model got L2 regularization. Basically regularization helped.",
        ]);

        Assert.Equal(new WordCount("모델", 3), words.MostUsed[0]);
        Assert.Contains(new WordCount("규제", 2), words.MostUsed);
        Assert.Contains(new WordCount("model", 2), words.MostUsed);
        Assert.Contains(new WordCount("regularization", 2), words.MostUsed);
        Assert.DoesNotContain(words.MostUsed, w => w.Word is "the" or "basically" or "저는" or "그리고" || w.Count < 2);
        Assert.InRange(words.MostUsed.Count, 1, AnswerWordCounter.MostUsedShown);
    }

    [Fact]
    public void English_terms_inside_Korean_are_their_own_words()
    {
        var words = Counter.Count(["SMOTE를 썼고 SMOTE로 소수 클래스를 늘렸습니다."]);

        Assert.Contains(new WordCount("smote", 2), words.MostUsed);
    }

    [Fact]
    public void Average_length_is_over_non_blank_answers()
    {
        var words = Counter.Count(["  abcd  ", "", "ab"]);

        Assert.Equal(3, words.AverageAnswerChars);
        Assert.Equal(WordStats.None, Counter.Count([" "]));
    }

    [Fact]
    public void Word_lists_file_without_a_list_is_refused_with_its_name()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "words.yaml");
        File.WriteAllText(path, "fillers: { ko: [음], en: [um] }\nparticles: { ko: [을] }\n");

        var error = Assert.Throws<PromptFileException>(() => WordListsLoader.Load(path));

        Assert.Equal("stopWords.ko", error.Field);
    }
}
