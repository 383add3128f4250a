using System.Globalization;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Evaluation.Engines;

namespace MockInterviewer.Evaluation;

/// <summary>Agreement reports as a Markdown table (for the README) and, with --verbose, the answers behind the misses.</summary>
public static class ReportWriter
{
    private static readonly Label[] MeanLabels =
        [Label.Strong, Label.Partial, Label.Weak, Label.OffTopic, Label.Keywords, Label.Injection, Label.Swapped, Label.Echo, Label.Misread];

    public static void WriteTable(TextWriter output, IReadOnlyList<AgreementReport> reports)
    {
        output.WriteLine("| set | answers | groups | ordering (strong>partial>weak) | pairwise | off-topic <= 10 | keywords < strong | injection < strong | swapped caught | echo <= 10 | misreading named | pleas recognised | answers taken for pleas | mean strong / partial / weak / off-topic / keywords / injection / swapped / echo / misread |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in reports)
        {
            var means = string.Join(" / ", MeanLabels.Select(l => r.MeanByLabel.TryGetValue(l, out var m) ? m.ToString("0", CultureInfo.InvariantCulture) : "-"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Scored.Count} | {r.OrderedGroups} | {Percent(r.OrderingAccuracy, "P1")} | {Percent(r.PairwiseAccuracy, "P1")} | {Percent(r.OffTopicNearZero)} | {Percent(r.KeywordsBelowStrong)} | {Percent(r.InjectionBelowStrong)} | {Percent(r.SwappedCaught)} | {Percent(r.EchoNearZero)} | {Percent(r.MisreadingNamed)} | {Percent(r.PleasRecognised)} | {r.AnswersTakenForPleas.Count} | {means} |"));
        }
    }

    public static void WriteTokens(TextWriter output, string what, TokenUsage usage)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Tokens, {what}: {usage.PromptTokens:N0} prompt ({usage.CachedPromptTokens:N0} of them cached), {usage.CompletionTokens:N0} completion, in {usage.Requests:N0} model replies."));
        if (usage.Unmetered > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {usage.Unmetered:N0} replies reported no usage: the figures above leave them out."));
        }
    }

    /// <summary>The answers the model did not grade (it failed, timed out or twice replied what does not parse), graded offline as the server would.</summary>
    public static void WriteFallbacks(TextWriter output, IReadOnlyList<ScoredAnswer> scored)
    {
        var fellBack = scored.Where(s => s.Assessment.Engine == GradingEngine.Offline).ToList();
        var where = fellBack.Count == 0
            ? ""
            : $" ({Count(fellBack.GroupBy(s => s.Track).OrderBy(g => g.Key, StringComparer.Ordinal))}; {Count(fellBack.GroupBy(s => s.Answer.Language.ToCode()).OrderBy(g => g.Key, StringComparer.Ordinal))})";
        output.WriteLine($"Graded offline instead (fallbacks): {fellBack.Count} of {scored.Count} answers{where}.");

        static string Count(IEnumerable<IGrouping<string, ScoredAnswer>> groups) => string.Join(", ", groups.Select(g => $"{g.Key} {g.Count()}"));
    }

    public static void WriteDetails(TextWriter output, AgreementReport report)
    {
        output.WriteLine();
        output.WriteLine("Misordered (strong / partial / weak):");
        foreach (var g in report.Misordered)
        {
            output.WriteLine($"  {g.QuestionId} [{g.Language}]: {g.Describe(Label.Strong)} / {g.Describe(Label.Partial)} / {g.Describe(Label.Weak)}");
            var answers = report.Scored.Where(s => s.Answer.QuestionId == g.QuestionId && s.Answer.Language == g.Language
                && s.Answer.Label is Label.Strong or Label.Partial or Label.Weak);
            foreach (var s in answers)
            {
                output.WriteLine($"    {s.Answer.Label} {s.Score}: {Shorten(s.Answer.Answer)}");
                foreach (var point in s.Assessment.Points)
                {
                    output.WriteLine($"      {point.Status} {point.PointId}{(point.Evidence is null ? string.Empty : ": " + point.Evidence)}");
                }
            }
        }

        Misses(output, "Off-topic above 10", report.Scored.Where(s => s.Answer.Label == Label.OffTopic && s.Score > AgreementReport.NothingCeiling));
        Misses(output, "Echoes above 10", report.Scored.Where(s => s.Answer.Label == Label.Echo && s.Score > AgreementReport.NothingCeiling));
        Misses(output, "Swapped answers not caught (no incorrect point, or not below the partial answers)", report.SwappedMissed);
        Misses(output, "Misreadings not named", report.Scored.Where(s => s.Answer.Label == Label.Misread && s.Assessment.Misreading is null));
        Misses(output, "Misreadings named on strong or partial answers", report.FalseMisreadings);
        Misses(output, "Pleas not recognised", report.Scored.Where(s => s.Answer.Label == Label.Plea && !s.Stuck));
        Misses(output, "Answers taken for pleas", report.AnswersTakenForPleas);
        Misses(output, "One quote as the evidence for three or more points", report.Scored.Where(s =>
            s.Assessment.Points.Where(p => p.Evidence is not null).GroupBy(p => p.Evidence).Any(g => g.Count() >= 3)));
    }

    private static void Misses(TextWriter output, string title, IEnumerable<ScoredAnswer> misses)
    {
        output.WriteLine($"{title}:");
        foreach (var s in misses)
        {
            output.WriteLine($"  {s.Answer.QuestionId} [{s.Answer.Language}] {s.Answer.Label}: {s.Score}{(s.Assessment.Misreading is null ? string.Empty : $" (misreading: {s.Assessment.Misreading})")}");
            foreach (var point in s.Assessment.Points.Where(p => p.Evidence is not null))
            {
                output.WriteLine($"    {point.Status} {point.PointId}: {point.Evidence}");
            }
        }
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }

    private static string Percent(double? share, string format = "P0") =>
        share is { } value ? value.ToString(format, CultureInfo.InvariantCulture) : "-";
}
