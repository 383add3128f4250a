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

    public static IReadOnlyList<Question> Plan(QuestionBank bank, InterviewSettings settings, int seed)
    {
        var track = settings.Mode switch
        {
            InterviewMode.SelfIntro => SelfIntroTrack,
            InterviewMode.Behavioral => BehavioralTrack,
            _ => settings.Track,
        };

        var pool = bank.InTrack(track).ToList();
        if (settings.Mode == InterviewMode.SelfIntro)
        {
            return pool.Take(1).ToList();
        }

        var random = new Random(seed);
        var byCategory = pool
            .GroupBy(q => q.Category)
            .Select(g => new Queue<Question>(g.OrderBy(_ => random.Next())))
            .OrderBy(_ => random.Next())
            .ToList();

        var chosen = new List<Question>();
        while (chosen.Count < settings.QuestionCount && byCategory.Any(q => q.Count > 0))
        {
            foreach (var queue in byCategory.Where(q => q.Count > 0))
            {
                if (chosen.Count == settings.QuestionCount)
                {
                    break;
                }

                chosen.Add(queue.Dequeue());
            }
        }

        // Warm up with the easier questions; a stable sort keeps the category spread within a difficulty.
        return chosen.OrderBy(q => q.Difficulty).ToList();
    }
}
