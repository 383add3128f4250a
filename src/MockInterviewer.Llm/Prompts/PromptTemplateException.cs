namespace MockInterviewer.Llm.Prompts;

/// <summary>A file under prompts/llm that cannot be used, with the field that is wrong.</summary>
public sealed class PromptTemplateException(string file, string field, string problem)
    : Exception($"prompts/llm/{file}: field '{field}': {problem}")
{
    public string File { get; } = file;

    public string Field { get; } = field;
}
