using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>Plans over the repository's own tracks, for many seeds and every question count.</summary>
public sealed class QuestionPlannerTests
{
    private static QuestionBank Bank => RealPrompts.Value.Bank;

    public static TheoryData<InterviewMode, string> Tracks => new()
    {
        { InterviewMode.Interview, "ml-junior" },
        { InterviewMode.Interview, "ai-engineer" },
        { InterviewMode.Behavioral, QuestionPlanner.BehavioralTrack },
    };

    private static IEnumerable<(int Count, IReadOnlyList<Question> Plan)> Plans(InterviewMode mode, string track)
    {
        var poolSize = Bank.InTrack(track).Count();
        for (var seed = 0; seed < 100; seed++)
        {
            for (var count = 1; count <= poolSize + 1; count++)
            {
                yield return (count, QuestionPlanner.Plan(Bank, Settings(mode, track, count), seed));
            }
        }
    }

    private static InterviewSettings Settings(InterviewMode mode, string track, int count) =>
        new(mode, track, Language.Ko, count, null, FeedbackTiming.AfterEach);

    [Theory]
    [MemberData(nameof(Tracks))]
    public void Plan_never_asks_the_same_question_twice(InterviewMode mode, string track)
    {
        var poolSize = Bank.InTrack(track).Count();

        foreach (var (count, plan) in Plans(mode, track))
        {
            Assert.Equal(Math.Min(count, poolSize), plan.Count);
            Assert.Equal(plan.Count, plan.Select(q => q.Id).Distinct().Count());
            Assert.All(plan, q => Assert.True(q.BelongsTo(track), q.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Tracks))]
    public void Plan_spreads_questions_evenly_across_categories(InterviewMode mode, string track)
    {
        var available = Bank.InTrack(track).GroupBy(q => q.Category).ToDictionary(g => g.Key, g => g.Count());

        foreach (var (_, plan) in Plans(mode, track))
        {
            var taken = available.Keys.ToDictionary(c => c, c => plan.Count(q => q.Category == c));
            foreach (var (category, count) in taken.Where(t => t.Value < available[t.Key]))
            {
                Assert.All(taken.Values, other => Assert.True(other <= count + 1,
                    $"{string.Join(", ", plan.Select(q => q.Id))}: '{category}' has {count} while another has {other}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tracks))]
    public void Plan_warms_up_with_easier_questions(InterviewMode mode, string track)
    {
        foreach (var (_, plan) in Plans(mode, track))
        {
            Assert.Equal(plan.Select(q => q.Difficulty).Order(), plan.Select(q => q.Difficulty));
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_plan_and_seeds_vary_it()
    {
        var settings = Settings(InterviewMode.Interview, "ml-junior", 5);
        var plans = Enumerable.Range(0, 20)
            .Select(seed => string.Join(",", QuestionPlanner.Plan(Bank, settings, seed).Select(q => q.Id)))
            .ToList();

        Assert.Equal(plans[7], string.Join(",", QuestionPlanner.Plan(Bank, settings, 7).Select(q => q.Id)));
        Assert.True(plans.Distinct().Count() > 1);
    }

    [Fact]
    public void Self_intro_plans_the_introduction_alone_whatever_the_count()
    {
        var plan = QuestionPlanner.Plan(Bank, Settings(InterviewMode.SelfIntro, "ml-junior", 5), seed: 3);

        Assert.Equal(["intro-one-minute"], plan.Select(q => q.Id));
    }

    [Fact]
    public void Preferred_questions_of_the_track_come_first_in_their_order_and_todays_spread_fills_the_rest()
    {
        var track = Bank.InTrack("ml-junior").ToList();
        var hardest = track.OrderByDescending(q => q.Difficulty).Take(2).Select(q => q.Id).ToList();
        var elsewhere = Bank.Questions.First(q => !q.BelongsTo("ml-junior")).Id;
        var settings = Settings(InterviewMode.Interview, "ml-junior", 5);

        var plan = QuestionPlanner.Plan(Bank, settings, seed: 3, [hardest[0], elsewhere, "no-such-question", hardest[1], hardest[0]]);

        Assert.Equal(hardest, plan.Take(2).Select(q => q.Id));
        Assert.Equal(5, plan.Count);
        Assert.Equal(5, plan.Select(q => q.Id).Distinct().Count());
        Assert.All(plan, q => Assert.True(q.BelongsTo("ml-junior"), q.Id));
        Assert.Equal(plan.Skip(2).Select(q => q.Difficulty).Order(), plan.Skip(2).Select(q => q.Difficulty));
    }

    [Fact]
    public void More_preferred_questions_than_the_count_are_cut_to_the_count_in_their_order()
    {
        var preferred = Bank.InTrack("ai-engineer").Select(q => q.Id).Reverse().ToList();

        var plan = QuestionPlanner.Plan(Bank, Settings(InterviewMode.Interview, "ai-engineer", 3), seed: 1, preferred);

        Assert.Equal(preferred.Take(3), plan.Select(q => q.Id));
    }
}
