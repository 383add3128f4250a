using Microsoft.Extensions.Configuration;
using MockInterviewer.Evaluation.Command;

// See EvaluationArguments.Usage. While tuning the offline grader's cues and concepts, pass --split tuning: the
// held-out split is for measuring only. --engine llm reads MockInterviewer:Llm:* as the server does (environment
// variables such as MockInterviewer__Llm__Provider, after an optional --config FILE).
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

return await EvaluationCommand.RunAsync(args, configuration => configuration.AddEnvironmentVariables(), Console.Out, Console.Error, stop.Token);
