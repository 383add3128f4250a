using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Tailoring;

public sealed class PostingTailorTests
{
    internal static readonly PostingTailor Tailor = new(
        RealPrompts.Value.Bank, RealPrompts.Value.GraderSettings, RealPrompts.Value.PostingWords, RealPrompts.Value.ReportWords);

    [Theory]
    [InlineData(Postings.MlOpsEnglish)]
    [InlineData(Postings.MlOpsKorean)]
    public void An_MLOps_posting_ranks_the_Docker_REST_and_CI_CD_questions_first(string posting)
    {
        var ranked = Tailor.Rank(posting);

        Assert.Equal(["ml-cicd", "ml-docker", "ml-model-rest-api"], ranked.Take(3).Select(f => f.Question.Id).Order());
    }

    [Theory]
    [InlineData(Postings.DataScienceEnglish)]
    [InlineData(Postings.DataScienceKorean)]
    public void A_data_science_posting_ranks_the_ML_fundamentals_first(string posting)
    {
        var ranked = Tailor.Rank(posting);

        Assert.All(ranked.Take(5), f => Assert.Equal("ml-theory", f.Question.Category));
    }

    [Theory]
    [InlineData(Postings.BoilerplateEnglish)]
    [InlineData(Postings.BoilerplateKorean)]
    public void Boilerplate_alone_ranks_nothing(string posting)
    {
        Assert.Empty(Tailor.Rank(posting));
    }

    [Fact]
    public void A_Korean_posting_matches_English_concept_words_and_the_reason_is_the_posting_s_own_word()
    {
        var docker = Tailor.Rank("도커를 활용한 컨테이너 배포").First(f => f.Question.Id == "ml-docker");

        Assert.Contains("도커", docker.Why);
        Assert.DoesNotContain(docker.Why, w => w.Contains("docker", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_word_the_bank_lacks_stands_for_the_terms_it_means_and_is_named_as_the_reason()
    {
        var ranked = Tailor.Rank("We need someone for MLOps.");

        Assert.Contains(ranked.Take(5), f => f.Question.Id == "ml-docker");
        Assert.Contains(ranked.Take(5), f => f.Question.Id == "ml-cicd");
        Assert.All(ranked, f => Assert.Equal(["MLOps"], f.Why));
    }

    [Fact]
    public void Lines_under_a_benefits_heading_are_left_out_until_the_next_heading_about_the_job()
    {
        var ranked = Tailor.Rank("[복리후생]\nDocker 교육비 지원\n\n[자격 요건]\n정밀도와 재현율을 이해하시는 분");

        Assert.Equal("ml-precision-recall-f1", ranked[0].Question.Id);
        Assert.DoesNotContain(ranked, f => f.Why.Contains("Docker"));
    }

    [Fact]
    public void A_concept_word_inside_a_stop_word_does_not_count()
    {
        Assert.Empty(Tailor.Rank("유연근무제와 재택근무"));
    }

    [Fact]
    public void Preferred_ids_are_the_track_s_questions_that_fit_best_first()
    {
        var ids = Tailor.PreferredQuestionIds(Postings.MlOpsEnglish, "ml-junior");
        var bank = RealPrompts.Value.Bank;

        Assert.All(ids, id => Assert.True(bank.Find(id)!.BelongsTo("ml-junior")));
        Assert.Equal(Tailor.Rank(Postings.MlOpsEnglish).Where(f => f.Question.BelongsTo("ml-junior")).Select(f => f.Question.Id), ids);
        Assert.Equal("ml-cicd", ids[0]);
        Assert.Empty(Tailor.PreferredQuestionIds(Postings.BoilerplateEnglish, "ml-junior"));
    }

    [Fact]
    public void Every_term_an_expansion_stands_for_is_found_in_the_bank()
    {
        var unmatched = RealPrompts.Value.PostingWords.Expansions
            .SelectMany(e => e.Means)
            .Where(term => Tailor.Rank(term).Count == 0)
            .ToList();

        Assert.Empty(unmatched);
    }

    [Fact]
    public void Posting_words_file_without_a_list_is_refused_with_its_name()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "posting-words.yaml");
        File.WriteAllText(path, "sections: { skip: [benefits], keep: [requirements] }\nstopWords: { ko: [경험] }\nkoreanEndings: [한]\n");

        var error = Assert.Throws<PromptFileException>(() => PostingWordsLoader.Load(path));

        Assert.Equal("stopWords.en", error.Field);
    }
}
