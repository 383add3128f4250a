using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Bank;

public sealed class QuestionBankLoaderTests
{
    private static QuestionBank Load(string yaml) => QuestionBankLoader.Load([("demo.yaml", yaml)]);

    private static PromptFileException Refused(string yaml) => Assert.Throws<PromptFileException>(() => Load(yaml));

    private static string Without(string yaml, string part)
    {
        Assert.Contains(part, yaml, StringComparison.Ordinal);
        return yaml.Replace(part, string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_file_loads_with_lexicon_groups_expanded()
    {
        var bank = Load(BankYaml.Valid);

        var question = Assert.Single(bank.Questions);
        Assert.Equal("demo-cv", question.Id);
        Assert.Equal(Difficulty.Easy, question.Difficulty);
        Assert.Equal(Rarity.VeryCommon, question.Rarity);
        Assert.Equal(["과적합", "overfitting"], question.FindPoint("overfitting")!.Concepts[0]);
        Assert.Equal(2, question.FindPoint("folds")!.Require);
        Assert.Equal("Theory", bank.CategoryTitle(question).En);
    }

    [Fact]
    public void Duplicate_question_id_names_the_file_the_question_and_the_field()
    {
        var second = BankYaml.Valid.Replace("track: demo", "track: other", StringComparison.Ordinal);

        var error = Assert.Throws<PromptFileException>(() => QuestionBankLoader.Load([("demo.yaml", BankYaml.Valid), ("other.yaml", second)]));

        Assert.Equal("other.yaml", error.File);
        Assert.Equal("demo-cv", error.QuestionId);
        Assert.Equal("id", error.Field);
        Assert.Contains("demo.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_english_text_is_refused()
    {
        var error = Refused(BankYaml.With("en: What is cross-validation? }", "en: '' }"));

        Assert.Equal("demo-cv", error.QuestionId);
        Assert.Equal("text.en", error.Field);
    }

    [Fact]
    public void Question_with_a_single_reference_point_is_refused()
    {
        var yaml = BankYaml.Valid[..BankYaml.Valid.IndexOf("      - id: overfitting", StringComparison.Ordinal)]
            .Replace("weight: 60", "weight: 100", StringComparison.Ordinal)
            + BankYaml.Valid[BankYaml.Valid.IndexOf("    followUps:", StringComparison.Ordinal)..]
                .Replace("      - probes: overfitting\n        text: { ko: 무엇을 알아낼 수 있나요?, en: What can it reveal? }\n", "", StringComparison.Ordinal);

        var error = Refused(yaml);

        Assert.Equal("referencePoints", error.Field);
        Assert.Contains("at least 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_are_refused_with_the_sum()
    {
        var error = Refused(BankYaml.With("weight: 40", "weight: 30"));

        Assert.Equal("referencePoints.weight", error.Field);
        Assert.Contains("sum to 90", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Follow_up_probing_an_unknown_point_is_refused()
    {
        var error = Refused(BankYaml.With("probes: folds", "probes: leakage"));

        Assert.Equal("followUps[0].probes", error.Field);
    }

    [Fact]
    public void Unknown_category_difficulty_or_lexicon_group_is_refused()
    {
        Assert.Equal("category", Refused(BankYaml.With("category: theory", "category: practice")).Field);
        Assert.Equal("difficulty", Refused(BankYaml.With("difficulty: easy", "difficulty: trivial")).Field);
        Assert.Equal("referencePoints[1].concepts[0]", Refused(BankYaml.With("\"@overfitting\"", "\"@leakage\"")).Field);
    }

    [Fact]
    public void Question_without_hints_is_refused()
    {
        var yaml = BankYaml.With("      - { ko: 한 번만 나누면 어떤 문제가 있을까요?, en: What goes wrong with a single split? }\n", "");

        Assert.Equal("hints", Refused(yaml).Field);
    }

    [Fact]
    public void Broken_yaml_names_the_file_and_the_line()
    {
        var error = Refused(BankYaml.With("difficulty: easy", "difficulty: [easy"));

        Assert.Equal("demo.yaml", error.File);
        Assert.Contains("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Misspelt_field_is_refused_rather_than_ignored()
    {
        var error = Refused(BankYaml.With("modelAnswer:", "modelAnwser:"));

        Assert.Contains("modelAnwser", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Also_in_an_unknown_track_is_refused()
    {
        var error = Refused(BankYaml.With("    category: theory", "    category: theory\n    alsoIn: [nowhere]"));

        Assert.Equal("alsoIn", error.Field);
    }

    [Fact]
    public void Source_wording_is_kept_when_given_and_null_otherwise()
    {
        var withSource = Load(BankYaml.With("    referencePoints:", "    source: 교차 검증이란 무엇입니까?\n    referencePoints:"));

        Assert.Equal("교차 검증이란 무엇입니까?", Assert.Single(withSource.Questions).Source);
        Assert.Null(Assert.Single(Load(BankYaml.Valid).Questions).Source);
    }

    [Fact]
    public void Point_without_advice_is_refused_naming_the_file_the_question_the_point_and_the_field()
    {
        var error = Refused(BankYaml.With("        advice: { ko: 과적합을 어떻게 알아채는지 덧붙여 보세요., en: Add how it reveals overfitting. }\n", ""));

        Assert.Equal("demo.yaml", error.File);
        Assert.Equal("demo-cv", error.QuestionId);
        Assert.Equal("referencePoints[1].advice", error.Field);
        Assert.Contains("'overfitting'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advice_missing_one_language_is_refused()
    {
        var error = Refused(BankYaml.With("en: Add how it reveals overfitting. }", "en: '' }"));

        Assert.Equal("referencePoints[1].advice.en", error.Field);
        Assert.Contains("'overfitting'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Advice_is_read_into_the_point()
    {
        var point = Load(BankYaml.Valid).Questions[0].FindPoint("overfitting")!;

        Assert.Equal("과적합을 어떻게 알아채는지 덧붙여 보세요.", point.Advice.Ko);
        Assert.Equal("Add how it reveals overfitting.", point.Advice.En);
    }

    [Fact]
    public void Follow_up_hint_is_optional_and_read_when_given()
    {
        var yaml = BankYaml.With(
            "text: { ko: 데이터를 어떻게 나누나요?, en: How do you split the data? }",
            "text: { ko: 데이터를 어떻게 나누나요?, en: How do you split the data? }\n        hint: { ko: 한 번만 나누면 어떨까요?, en: What if you split only once? }");

        var followUps = Load(yaml).Questions[0].FollowUps;

        Assert.Equal("What if you split only once?", followUps[0].Hint!.En);
        Assert.Null(followUps[1].Hint);
    }

    [Fact]
    public void Follow_up_hint_missing_one_language_is_refused()
    {
        var yaml = BankYaml.With(
            "text: { ko: 데이터를 어떻게 나누나요?, en: How do you split the data? }",
            "text: { ko: 데이터를 어떻게 나누나요?, en: How do you split the data? }\n        hint: { ko: 한 번만 나누면 어떨까요? }");

        Assert.Equal("followUps[0].hint.en", Refused(yaml).Field);
    }

    [Fact]
    public void Subjects_contradictions_story_steps_and_misreadings_load()
    {
        var ensembles = Load(GraderBankYaml.Ensembles).Find("demo-ensembles")!;
        var personal = Load(GraderBankYaml.Personal).Find("demo-weakness")!;

        var bagging = ensembles.FindPoint("bagging-parallel")!;
        Assert.Equal(["배깅", "bagging"], bagging.Subject);
        Assert.Equal(["배깅", "bagging"], Assert.Single(bagging.Contradicts).Of);
        Assert.Contains("sequentially", bagging.Contradicts[0].Says);
        var misreading = Assert.Single(ensembles.Misreadings);
        Assert.Equal("feature scaling", misreading.Label.En);
        Assert.Equal(1, misreading.Require);
        Assert.False(ensembles.Personal);

        var story = personal.FindPoint("story")!;
        Assert.Equal([StarStep.Situation, StarStep.Action, StarStep.Result], story.Story);
        Assert.Empty(story.Concepts);
        Assert.Equal(3, story.IdeaCount);
        Assert.True(personal.Personal);
    }

    [Fact]
    public void A_contradiction_needs_to_know_what_it_is_said_of()
    {
        var yaml = Without(GraderBankYaml.Ensembles, "        subject: [배깅, bagging]\n");

        var error = Assert.Throws<PromptFileException>(() => Load(yaml));

        Assert.Equal("demo-ensembles", error.QuestionId);
        Assert.Equal("referencePoints[0].contradicts[0].of", error.Field);
    }

    [Fact]
    public void An_unknown_story_step_is_refused()
    {
        var error = Assert.Throws<PromptFileException>(() => Load(GraderBankYaml.Personal.Replace("story: [situation, action, result]", "story: [situation, moral]", StringComparison.Ordinal)));

        Assert.Equal("referencePoints[1].story[1]", error.Field);
    }

    [Fact]
    public void A_misreading_may_not_require_more_concepts_than_it_has()
    {
        var yaml = Without(GraderBankYaml.Ensembles, "          - [스케일링, 표준화, scaling, standardize]\n")
            .Replace("    followUps:", "          - [스케일링, 표준화, scaling, standardize]\n        require: 3\n    followUps:", StringComparison.Ordinal);

        var error = Assert.Throws<PromptFileException>(() => Load(yaml));

        Assert.Equal("misreadings[0].require", error.Field);
    }
}
