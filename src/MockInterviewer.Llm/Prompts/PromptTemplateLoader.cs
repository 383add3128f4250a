using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MockInterviewer.Llm.Prompts;

internal static class PromptTemplateLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static PromptTemplate Load(string path)
    {
        var file = Path.GetFileName(path);
        if (!System.IO.File.Exists(path))
        {
            throw new PromptTemplateException(file, "(file)", "is missing");
        }

        PromptDocument document;
        try
        {
            document = Deserializer.Deserialize<PromptDocument>(System.IO.File.ReadAllText(path)) ?? new PromptDocument();
        }
        catch (YamlException e)
        {
            throw new PromptTemplateException(file, "(syntax)", $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            throw new PromptTemplateException(file, "name", "is required");
        }

        if (string.IsNullOrWhiteSpace(document.Template))
        {
            throw new PromptTemplateException(file, "template", "is required");
        }

        var variables = (document.InputVariables ?? []).Select((v, i) => string.IsNullOrWhiteSpace(v.Name)
            ? throw new PromptTemplateException(file, $"input_variables[{i}].name", "is required")
            : v.Name).ToList();
        return PromptTemplate.Create(file, document.Name, document.Template, variables);
    }

    private sealed class PromptDocument
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public List<InputVariable>? InputVariables { get; set; }

        public string? Template { get; set; }
    }

    private sealed class InputVariable
    {
        public string? Name { get; set; }

        public string? Description { get; set; }
    }
}
