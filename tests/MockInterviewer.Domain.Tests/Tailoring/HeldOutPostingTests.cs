using Xunit.Abstractions;

namespace MockInterviewer.Domain.Tests.Tailoring;

/// <summary>The ranking on postings it was not tuned on (see <see cref="HeldOutPostings"/>); the figure is printed.</summary>
public sealed class HeldOutPostingTests(ITestOutputHelper output)
{
    [Fact]
    public void Held_out_postings_rank_the_questions_a_person_would_expect_near_the_top()
    {
        var hits = 0;
        foreach (var (name, posting, expected, within) in HeldOutPostings.Cases)
        {
            var top = PostingTailorTests.Tailor.Rank(posting).Take(within).Select(f => f.Question.Id).ToList();
            var hit = expected.All(top.Contains);
            hits += hit ? 1 : 0;
            output.WriteLine($"{(hit ? "hit " : "miss")} {name}: top {within} = {string.Join(", ", top)}; expected {string.Join(", ", expected)}");
        }

        output.WriteLine($"held-out postings: {hits} of {HeldOutPostings.Cases.Length}");
        Assert.True(hits >= HeldOutPostings.Cases.Length - 1, $"Only {hits} of {HeldOutPostings.Cases.Length} held-out postings ranked as expected.");
    }
}
