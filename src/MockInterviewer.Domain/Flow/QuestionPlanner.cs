using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Chooses a session's questions: never the same one twice, spread across categories, starting easier and
/// growing harder. The seed makes a session's plan reproducible.
/// </summary>
public static class QuestionPlanner
{
    public const string SelfIntroTrack = "self-intro";
    public const string BehavioralTrack = "behavioral";

    /// <param name="preferred">
    /// Questions to ask first, in this order (a review's due questions, a job posting's best fits); those not in
    /// the session's track are passed over, and today's spread fills the rest.
    /// </param>
    /// <param name="drafted">
    /// Questions drafted for the session's job posting: each follows a bank question (the first, the second...),
    /// and they take at most half the plan, so the interview opens on the bank and most of it is graded offline too
    /// should the model fail.
    /// </param>
    public static IReadOnlyList<Question> Plan(
        QuestionBank bank, InterviewSettings settings, int seed, IReadOnlyList<string>? preferred = null, IReadOnlyList<Question>? drafted = null)
    {
        var asked = settings.Mode == InterviewMode.SelfIntro ? [] : (drafted ?? []).Take(settings.QuestionCount / 2).ToList();
        var fromBank = PlanBank(bank, settings with { QuestionCount = settings.QuestionCount - asked.Count }, seed, preferred);
        var plan = new List<Question>(fromBank.Count + asked.Count);
        for (var i = 0; i < fromBank.Count; i++)
        {
            plan.Add(fromBank[i]);
            if (i < asked.Count)
            {
                plan.Add(asked[i]);
            }
        }

        return plan;
    }

    private static List<Question> PlanBank(QuestionBank bank, InterviewSettings settings, int seed, IReadOnlyList<string>? preferred)
    {
        var track = TrackOf(settings);
        var pool = bank.InTrack(track).ToList();
        if (settings.Mode == InterviewMode.SelfIntro)
        {
            return pool.Take(1).ToList();
        }

        var first = (preferred ?? [])
            .Select(bank.Find)
            .OfType<Question>()
            .Where(q => q.BelongsTo(track))
            .DistinctBy(q => q.Id)
            .Take(settings.QuestionCount)
            .ToList();
        var rest = pool.Where(q => !first.Any(f => f.Id == q.Id)).ToList();
        return [.. first, .. Spread(rest, settings.QuestionCount - first.Count, new Random(seed))];
    }

    /// <summary>The track a session's questions come from: the mode's own, or the chosen one for an interview.</summary>
    public static string TrackOf(InterviewSettings settings) => settings.Mode switch
    {
        InterviewMode.SelfIntro => SelfIntroTrack,
        InterviewMode.Behavioral => BehavioralTrack,
        _ => settings.Track,
    };

    private static IEnumerable<Question> Spread(IReadOnlyList<Question> pool, int count, Random random)
    {
        var byCategory = pool
            .GroupBy(q => q.Category)
            .Select(g => new Queue<Question>(g.OrderBy(_ => random.Next())))
            .OrderBy(_ => random.Next())
            .ToList();

        var chosen = new List<Question>();
        while (chosen.Count < count && byCategory.Any(q => q.Count > 0))
        {
            foreach (var queue in byCategory.Where(q => q.Count > 0))
            {
                if (chosen.Count == count)
                {
                    break;
                }

                chosen.Add(queue.Dequeue());
            }
        }

        // Warm up with the easier questions; a stable sort keeps the category spread within a difficulty.
        return chosen.OrderBy(q => q.Difficulty);
    }
}
