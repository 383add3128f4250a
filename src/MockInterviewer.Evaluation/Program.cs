using System.Globalization;
using MockInterviewer.Domain;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Evaluation;

// Usage: dotnet run --project src/MockInterviewer.Evaluation -- [--prompts DIR] [--set DIR] [--verbose]
var prompts = Option("--prompts") ?? "prompts";
var setDirectory = Option("--set") ?? Path.Combine("tests", "MockInterviewer.Evaluation.Tests", "LabelledAnswers");
var verbose = args.Contains("--verbose");

var library = PromptLibrary.Load(prompts);
var grader = AnswerAssessor.Offline(library.Bank, library.GraderSettings, library.Phrases);
var set = LabelledSetLoader.LoadDirectory(setDirectory);
var reports = await GraderEvaluation.RunAsync(library.Bank, grader, set, CancellationToken.None);

Console.WriteLine($"Offline grader against {set.Count} labelled answers ({setDirectory})");
Console.WriteLine();
Console.WriteLine("| set | groups | ordering (strong>partial>weak) | pairwise | off-topic <= 10 | keywords < strong | injection < strong | mean strong / partial / weak / off-topic / keywords / injection |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
foreach (var r in reports)
{
    string Mean(Label l) => r.MeanByLabel.TryGetValue(l, out var m) ? m.ToString("0", CultureInfo.InvariantCulture) : "-";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Name} | {r.OrderedGroups} | {r.OrderingAccuracy:P1} | {r.PairwiseAccuracy:P1} | {r.OffTopicNearZero:P0} | {r.KeywordsBelowStrong:P0} | {r.InjectionBelowStrong:P0} | {Mean(Label.Strong)} / {Mean(Label.Partial)} / {Mean(Label.Weak)} / {Mean(Label.OffTopic)} / {Mean(Label.Keywords)} / {Mean(Label.Injection)} |"));
}

if (verbose)
{
    Console.WriteLine();
    Console.WriteLine("Misordered (strong / partial / weak):");
    foreach (var g in reports[0].Misordered)
    {
        Console.WriteLine($"  {g.QuestionId} [{g.Language}]: {g[Label.Strong]} / {g[Label.Partial]} / {g[Label.Weak]}");
    }

    Console.WriteLine("Off-topic above 10:");
    foreach (var s in reports[0].Scored.Where(s => s.Answer.Label == Label.OffTopic && s.Score > AgreementReport.OffTopicCeiling))
    {
        Console.WriteLine($"  {s.Answer.QuestionId} [{s.Answer.Language}]: {s.Score}");
        foreach (var point in s.Assessment.Points.Where(p => p.Evidence is not null))
        {
            Console.WriteLine($"    {point.Status} {point.PointId}: {point.Evidence}");
        }
    }
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
