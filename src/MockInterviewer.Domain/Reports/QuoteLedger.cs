using System.Text.RegularExpressions;

namespace MockInterviewer.Domain.Reports;

/// <summary>Remembers the quotes a report has shown, so that each appears once, where it first matters.</summary>
internal sealed partial class QuoteLedger
{
    private readonly HashSet<string> _shown = new(StringComparer.Ordinal);

    public bool IsNew(string? quote) => quote is not null && !_shown.Contains(Key(quote));

    /// <returns>The point as shown: without its quote when that quote was shown before.</returns>
    public ReportPoint Show(ReportPoint point) =>
        point.Quote is null || _shown.Add(Key(point.Quote)) ? point : point with { Quote = null };

    private static string Key(string quote) =>
        Space().Replace(quote, " ").Trim().TrimEnd('.', '。', '!', '?', ',', '…').ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
