namespace MockInterviewer.Domain.Bank;

/// <summary>A file under prompts/ that cannot be used, with where the problem is.</summary>
public sealed class PromptFileException : Exception
{
    public PromptFileException(string file, string? questionId, string field, string problem)
        : base(Describe(file, questionId, field, problem))
    {
        File = file;
        QuestionId = questionId;
        Field = field;
    }

    public string File { get; }

    public string? QuestionId { get; }

    public string Field { get; }

    private static string Describe(string file, string? questionId, string field, string problem) =>
        questionId is null
            ? $"{file}: field '{field}': {problem}"
            : $"{file}: question '{questionId}', field '{field}': {problem}";
}
