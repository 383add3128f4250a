using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Reports;

/// <summary>The report's word habits for a whole session: words and fillers, lengths against each question's target, and the self-introduction's attempts compared.</summary>
public static class WordHabits
{
    public static WordStats Describe(this AnswerWordCounter counter, InterviewSession session, QuestionBank bank)
    {
        var lists = counter.Lists;
        var language = session.Settings.Language;
        var counted = session.Questions
            .Select(q => (Progress: q, Answers: CountedAnswers(session, q).Select(a => a.Trim()).Where(a => a.Length > 0).ToList()))
            .Where(q => q.Answers.Count > 0)
            .ToList();
        var stats = counter.Count(counted.SelectMany(q => q.Answers).ToList());
        if (counted.Count == 0)
        {
            return stats;
        }

        var lengths = counted
            .Select(q => new AnswerLength(
                q.Progress.QuestionId,
                Mean(q.Answers.Select(a => a.Length)),
                Mean(q.Answers.Select(a => SpokenLength.EstimateSeconds(a, language))),
                lists.TargetSecondsFor(session.QuestionOf(q.Progress, bank).Track)))
            .ToList();
        var attempts = session.Questions
            .SelectMany(q => q.Attempts.Select(a => (a, Target: lists.TargetSecondsFor(session.QuestionOf(q, bank).Track))))
            .Select((pair, i) =>
            {
                var words = counter.Count([pair.a.Answer]);
                return new AttemptWords(i + 1, pair.a.Answer.Trim().Length, pair.a.EstimatedSeconds, pair.Target, words.Fillers, words.MostUsed);
            })
            .ToList();

        return stats with
        {
            AverageAnswerSeconds = Mean(counted.SelectMany(q => q.Answers).Select(a => SpokenLength.EstimateSeconds(a, language))),
            TargetAnswerSeconds = Mean(lengths.Select(l => l.TargetSeconds)),
            Lengths = lengths,
            Attempts = attempts,
        };
    }

    /// <summary>A self-introduction's drafts repeat each other, so only the last one is counted.</summary>
    private static IEnumerable<string> CountedAnswers(InterviewSession session, QuestionProgress progress) =>
        session.Settings.Mode == InterviewMode.SelfIntro ? progress.Answers.TakeLast(1) : progress.Answers;

    private static int Mean(IEnumerable<int> values) => (int)Math.Round(values.Average(), MidpointRounding.AwayFromZero);
}
