using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

/// <summary>A concept's pattern is skipped on a sentence without its anchors: that must never skip a sentence it matches.</summary>
public sealed class TermAnchorTests
{
    [Theory]
    [InlineData("automated test", "automat")]
    [InlineData("교차 검증", "교")]
    [InlineData("F1 score", "f1")]
    [InlineData("deploy", "deploy")]
    [InlineData("reply", "repl")]
    [InlineData("logging", "log")]
    [InlineData("TP", "tp")]
    public void The_anchor_is_the_start_of_the_term_as_its_pattern_requires_it(string term, string anchor) =>
        Assert.Equal([anchor], TermPattern.Anchors([term])!);

    [Fact]
    public void A_term_whose_start_is_neither_ascii_nor_hangul_has_no_anchor_so_its_pattern_always_runs()
    {
        Assert.Null(TermPattern.Anchors(["naïve bayes"[2..], "überfitting"]));
        Assert.Null(TermPattern.Anchors(["-"]));
    }

    [Fact]
    public void Text_with_a_letter_the_patterns_fold_to_ascii_differently_is_not_folded()
    {
        var kelvin = "\u212Aernel trick";
        Assert.Matches(TermPattern.Build(["kernel"]), kelvin);
        Assert.Null(TermPattern.Fold(kelvin));
        Assert.Equal("over-fitting 교차 검증 f1", TermPattern.Fold("Over-Fitting 교차 검증 F1"));
    }

    [Fact]
    public void Every_concept_of_the_bank_that_matches_a_text_finds_one_of_its_anchors_there()
    {
        var bank = RealPrompts.Value.Bank;
        var concepts = bank.Questions.SelectMany(q => q.ReferencePoints).SelectMany(p => p.Concepts.Concat(p.Contradicts.Select(c => c.Says))).ToList();
        var terms = concepts.SelectMany(c => c).ToList();
        var texts = bank.Questions
            .SelectMany(q => new[] { q.ModelAnswer.Ko, q.ModelAnswer.En, q.Text.Ko, q.Text.En })
            .SelectMany(t => t.Split('\n').Append(t))
            .Concat(terms.SelectMany(t => new[] { t, t.ToUpperInvariant(), $"우리는 {t}를 썼고 {t.Replace(" ", "", StringComparison.Ordinal)}도 봤다", $"We kept {t}s and {t}ing." }))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var anchored = 0;
        foreach (var concept in concepts)
        {
            var pattern = TermPattern.Build(concept);
            if (TermPattern.Anchors(concept) is not { } anchors)
            {
                continue;
            }

            anchored++;
            foreach (var text in texts.Where(t => pattern.IsMatch(t)))
            {
                var folded = TermPattern.Fold(text);
                Assert.True(folded is null || anchors.Any(a => folded.Contains(a, StringComparison.Ordinal)),
                    $"[{string.Join(", ", concept)}] matches \"{text}\" without any of its anchors [{string.Join(", ", anchors)}]");
            }
        }

        Assert.True(anchored > concepts.Count * 9 / 10, $"only {anchored} of {concepts.Count} concepts have anchors");
    }
}
