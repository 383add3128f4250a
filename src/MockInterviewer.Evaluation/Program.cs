using MockInterviewer.Domain;
using MockInterviewer.Domain.Bank;
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

// --grade QUESTION_ID LANG "answer": one answer's assessment, to see why it scores what it does.
if (Option("--grade") is { } questionId)
{
    var index = Array.IndexOf(args, "--grade");
    var language = LanguageCodes.TryParse(args[index + 2], out var parsed) ? parsed : throw new ArgumentException("language: ko or en");
    var assessment = await grader.GradeAsync(new GradingRequest(library.Bank.Find(questionId)!, args[index + 3], language), CancellationToken.None);
    Console.WriteLine($"{assessment.Score}{(assessment.Misreading is null ? string.Empty : $" (misreading: {assessment.Misreading})")}");
    foreach (var point in assessment.Points)
    {
        Console.WriteLine($"  {point.Status} {point.PointId}{(point.Evidence is null ? string.Empty : ": " + point.Evidence)}");
    }

    Console.WriteLine($"follow-up: {assessment.FollowUp?.PointId ?? "-"} {assessment.FollowUp?.Text}");
    return;
}

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
