using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MockInterviewer.Domain;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Evaluation.Engines;
using MockInterviewer.Llm.Configuration;

namespace MockInterviewer.Evaluation.Command;

/// <summary>
/// Runs the labelled set through the offline engine or the configured model and prints agreement per split, track
/// and language (and, for a model, the tokens spent and the answers that fell back to offline). Progress goes to
/// the error output (with --verbose, the model layer's warnings too); a wrong argument or setting is one line there and exit code 1.
/// </summary>
public static class EvaluationCommand
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        Action<IConfigurationBuilder> addEnvironment,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        // Progress, warnings and errors come from several threads at once.
        error = TextWriter.Synchronized(error);
        try
        {
            var arguments = EvaluationArguments.Parse(args);
            var library = PromptLibrary.Load(arguments.Prompts);
            using var engine = arguments.UsesModel
                ? EvaluationEngine.ForModel(library, arguments.Prompts, arguments.ConfigFile, addEnvironment, warnings: arguments.Verbose ? error : null)
                : EvaluationEngine.ForOffline(library);

            if (arguments.Grade is { } one)
            {
                await GradeOneAsync(library, engine, one, output, cancellationToken);
                return 0;
            }

            await EvaluateAsync(library, engine, arguments, output, error, cancellationToken);
            return 0;
        }
        catch (EvaluationSetupException e)
        {
            error.WriteLine($"evaluation: {e.Message}");
            return 1;
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine($"evaluation: {SettingsProblem.Describe(e)}");
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine();
            error.WriteLine("evaluation: cancelled");
            return 130;
        }
    }

    private static async Task EvaluateAsync(
        PromptLibrary library, EvaluationEngine engine, EvaluationArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var set = LabelledSet.Load(arguments.Set);
        var stuckCues = new StuckCues(library.GraderSettings);
        var splits = new[] { (Name: LabelledSet.TuningFolder, Answers: set.Tuning), (Name: LabelledSet.HeldOutFolder, Answers: set.HeldOut) }
            .Where(s => arguments.Split is null || arguments.Split == s.Name)
            .ToList();
        foreach (var (split, all) in splits)
        {
            var answers = arguments.Limit is { } limit ? all.Take(limit).ToList() : all;
            var tokensBefore = engine.Tokens?.Read();
            var progress = new ProgressLine(error, split, answers.Count, engine.UsesModel);
            var scored = await GraderEvaluation.ScoreAsync(library.Bank, engine.Grader, stuckCues, answers,
                new ScoringOptions(arguments.Parallel, arguments.AnswerTimeout, engine.Offline, progress.Graded), cancellationToken);
            progress.Finish();

            var reports = GraderEvaluation.Report(split, scored);
            var taken = answers.Count == all.Count ? $"{all.Count} labelled answers" : $"the first {answers.Count} of {all.Count} labelled answers";
            output.WriteLine($"{engine.Description}, {split} split: {taken} ({Path.Combine(arguments.Set, split)})");
            output.WriteLine();
            ReportWriter.WriteTable(output, reports);
            if (engine.Tokens is { } tokens)
            {
                output.WriteLine();
                ReportWriter.WriteTokens(output, $"{split} split", tokens.Read().Since(tokensBefore!));
                ReportWriter.WriteFallbacks(output, scored);
            }

            if (arguments.Verbose)
            {
                ReportWriter.WriteDetails(output, reports[0]);
            }

            output.WriteLine();
        }

        if (engine.Tokens is { } total && splits.Count > 1)
        {
            ReportWriter.WriteTokens(output, "both splits", total.Read());
        }
    }

    // One answer's assessment, to see why it scores what it does.
    private static async Task GradeOneAsync(PromptLibrary library, EvaluationEngine engine, EvaluationArguments.OneAnswer one, TextWriter output, CancellationToken cancellationToken)
    {
        var question = library.Bank.Find(one.QuestionId) ?? throw new EvaluationSetupException($"--grade: no question '{one.QuestionId}' in the bank.");
        var assessment = await engine.Grader.GradeAsync(new GradingRequest(question, one.Answer, one.Language), cancellationToken);
        output.WriteLine($"{assessment.Score} ({assessment.Engine.ToString().ToLowerInvariant()}){(assessment.Misreading is null ? string.Empty : $" (misreading: {assessment.Misreading})")}");
        foreach (var point in assessment.Points)
        {
            output.WriteLine($"  {point.Status} {point.PointId}{(point.Evidence is null ? string.Empty : ": " + point.Evidence)}");
        }

        output.WriteLine($"follow-up: {assessment.FollowUp?.PointId ?? "-"} {assessment.FollowUp?.Text}");
        if (engine.Tokens is { } tokens)
        {
            ReportWriter.WriteTokens(output, "this answer", tokens.Read());
        }
    }
}
