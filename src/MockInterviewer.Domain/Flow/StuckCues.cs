using System.Text.RegularExpressions;

namespace MockInterviewer.Domain.Flow;

/// <summary>Tells "I don't know" or "can I get a hint?" from an answer, so the candidate gets a nudge instead of a grade.</summary>
public sealed class StuckCues(IReadOnlyList<Regex> patterns)
{
    // A long answer that mentions not knowing one detail is still an answer.
    private const int MaxStuckLength = 80;

    public bool IsStuck(string answer) =>
        answer.Trim().Length <= MaxStuckLength && patterns.Any(p => p.IsMatch(answer));
}
