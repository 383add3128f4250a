namespace MockInterviewer.Evaluation.Command;

/// <summary>A wrong argument or setting, said in one line (never with a stack trace, never with a secret's value).</summary>
public sealed class EvaluationSetupException(string message) : Exception(message);
