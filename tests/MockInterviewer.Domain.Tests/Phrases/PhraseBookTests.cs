using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Phrases;

namespace MockInterviewer.Domain.Tests.Phrases;

public sealed class PhraseBookTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("phrases-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PhraseBook Load(string yaml, params string[] required)
    {
        File.WriteAllText(Path.Combine(_directory, "phrases.yaml"), yaml);
        return PhraseBookLoader.LoadDirectory(_directory, required);
    }

    private const string Variants = """
        next:
          ko: ["다음 {q}", "이어서 {q}", "그럼 {q}"]
          en: ["Next {q}", "Then {q}", "Now {q}"]
        single:
          ko: "하나"
          en: "one"
        """;

    [Fact]
    public void A_key_may_hold_several_wordings_and_a_variant_number_wraps_around_them()
    {
        var phrases = Load(Variants, "next", "single");

        Assert.Equal(3, phrases.VariantCount("next"));
        Assert.Equal("Next a", phrases.Get("next", Language.En, ("q", "a")));
        Assert.Equal("이어서 a", phrases.Variant("next", 1, Language.Ko, ("q", "a")));
        Assert.Equal("Now a", phrases.Variant("next", 5, Language.En, ("q", "a")));
        Assert.Equal("Next a", phrases.Variant("next", -3, Language.En, ("q", "a")));
        Assert.Equal("one", phrases.Variant("single", 7, Language.En));
    }

    [Fact]
    public void Languages_with_different_numbers_of_variants_are_refused()
    {
        var error = Assert.Throws<PromptFileException>(() => Load("""
            next:
              ko: ["다음", "이어서"]
              en: ["Next"]
            """));

        Assert.Equal("next", error.Field);
        Assert.Contains("variants", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_variant_is_refused() =>
        Assert.Equal("next", Assert.Throws<PromptFileException>(() => Load("""
            next:
              ko: ["다음", ""]
              en: ["Next", "Then"]
            """)).Field);

    [Fact]
    public void The_same_session_and_position_always_pick_the_same_wording()
    {
        // A fixed number: string.GetHashCode would differ after a restart, and a resumed session must not.
        Assert.Equal(9863, PhraseVariety.Pick("session-1", 0));
        Assert.Equal(PhraseVariety.Pick("session-1", 4), PhraseVariety.Pick("session-1", 4));
    }

    [Fact]
    public void Consecutive_positions_never_pick_the_same_wording_twice_in_a_row()
    {
        var phrases = Load(Variants, "next");
        foreach (var session in new[] { "a", "session-1", Guid.NewGuid().ToString("N") })
        {
            var said = Enumerable.Range(1, 12).Select(i => phrases.Variant("next", PhraseVariety.Pick(session, i), Language.En, ("q", ""))).ToList();
            Assert.All(said.Zip(said.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        }
    }
}
