using MockInterviewer.Domain;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Evaluation;

// Usage: dotnet run --project src/MockInterviewer.Evaluation -- [--prompts DIR] [--set DIR] [--split tuning|held-out] [--verbose]
// While tuning the grader's cues and concepts, pass --split tuning: the held-out split is for measuring only.
var prompts = Option("--prompts") ?? "prompts";
var setDirectory = Option("--set") ?? Path.Combine("tests", "MockInterviewer.Evaluation.Tests", "LabelledAnswers");
var onlySplit = Option("--split");
var verbose = args.Contains("--verbose");

var library = PromptLibrary.Load(prompts);
var grader = AnswerAssessor.Offline(library.Bank, library.GraderSettings, library.Phrases);
var stuckCues = new StuckCues(library.GraderSettings);
var set = LabelledSet.Load(setDirectory);

foreach (var (split, answers) in new[] { (LabelledSet.TuningFolder, set.Tuning), (LabelledSet.HeldOutFolder, set.HeldOut) })
{
    if (onlySplit is not null && onlySplit != split)
    {
        continue;
    }

    var scored = await GraderEvaluation.ScoreAsync(library.Bank, grader, stuckCues, answers, CancellationToken.None);
    var reports = GraderEvaluation.Report(split, scored);
    Console.WriteLine($"Offline grader, {split} split: {answers.Count} labelled answers ({Path.Combine(setDirectory, split)})");
    Console.WriteLine();
    ReportWriter.WriteTable(Console.Out, reports);
    if (verbose)
    {
        ReportWriter.WriteDetails(Console.Out, reports[0]);
    }

    Console.WriteLine();
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
