using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading.Offline;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// Tells a plea ("모르겠어요", "I'm not sure, can I get a hint?") from an answer, so the candidate gets a nudge
/// instead of a grade. Only a reply that is nothing but a plea counts: "…30분 이상 막히면 바로 팀원에게
/// 물어봅니다." and "I don't know the formula, but it splits the data into folds" are answers.
/// </summary>
public sealed class StuckCues(IReadOnlyList<Regex> pleas, IReadOnlyList<Regex> fillers, int maxLeftoverWords)
{
    public StuckCues(OfflineGraderSettings settings)
        : this(settings.StuckPatterns, settings.StuckFillers, settings.MaxStuckLeftoverWords)
    {
    }

    public bool IsStuck(string answer)
    {
        if (!pleas.Any(p => p.IsMatch(answer)))
        {
            return false;
        }

        var leftover = pleas.Aggregate(answer, (text, plea) => plea.Replace(text, " "));
        leftover = fillers.Aggregate(leftover, (text, filler) => filler.Replace(text, " "));
        return Words(leftover) <= maxLeftoverWords;
    }

    private static int Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(c => Hangul.IsSyllable(c) || char.IsAsciiLetterOrDigit(c)));
}
