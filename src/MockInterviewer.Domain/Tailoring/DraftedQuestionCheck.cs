using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>
/// What a model's drafts must be to be shown: trimmed, with text, one to six points each with text and a positive
/// weight, not a question the bank (or an earlier draft) already asks; at most three. A malformed draft is dropped,
/// not repaired.
/// </summary>
public sealed class DraftedQuestionCheck(QuestionBank bank)
{
    public const int MaxQuestions = 3;
    public const int MinPoints = 1;
    public const int MaxPoints = 6;

    private readonly HashSet<string> _bankTexts = bank.Questions
        .SelectMany(q => new[] { q.Text.Ko, q.Text.En })
        .Select(Normalized)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<DraftedQuestion> Keep(IEnumerable<DraftedQuestion?> drafts)
    {
        var seen = new HashSet<string>(_bankTexts, StringComparer.OrdinalIgnoreCase);
        return drafts
            .Select(Cleaned)
            .OfType<DraftedQuestion>()
            .Where(d => seen.Add(Normalized(d.Text)))
            .Take(MaxQuestions)
            .ToList();
    }

    private static DraftedQuestion? Cleaned(DraftedQuestion? draft)
    {
        var text = draft?.Text?.Trim();
        if (draft?.Points is not { } proposed || string.IsNullOrEmpty(text) || proposed.Count is < MinPoints or > MaxPoints)
        {
            return null;
        }

        if (proposed.Any(p => p is null || string.IsNullOrWhiteSpace(p.Text) || p.Weight <= 0))
        {
            return null;
        }

        var points = proposed.Select(p => p with { Text = p.Text.Trim() }).ToList();
        var why = (draft.Why ?? []).Select(w => w?.Trim()).OfType<string>().Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new DraftedQuestion(text, why, points);
    }

    private static string Normalized(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '？');
}
