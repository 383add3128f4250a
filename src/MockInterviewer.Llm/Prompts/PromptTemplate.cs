using System.Text.RegularExpressions;

namespace MockInterviewer.Llm.Prompts;

/// <summary>
/// One prompt file of prompts/llm, in Semantic Kernel's YAML prompt shape (name, description, input_variables,
/// template with <c>{{$name}}</c> placeholders). Rendered here rather than by SK's template engine, which
/// HTML-encodes values and would change the candidate's words that the model must quote verbatim.
/// </summary>
public sealed partial class PromptTemplate
{
    private PromptTemplate(string file, string name, string template, IReadOnlyList<string> variables)
    {
        File = file;
        Name = name;
        Template = template;
        Variables = variables;
    }

    public string File { get; }

    public string Name { get; }

    public string Template { get; }

    public IReadOnlyList<string> Variables { get; }

    /// <summary>Checks that the template uses exactly the variables it declares; the message names what is wrong.</summary>
    public static PromptTemplate Create(string file, string name, string template, IReadOnlyList<string> declared)
    {
        var used = Placeholders(template);
        var undeclared = used.Except(declared, StringComparer.Ordinal).ToList();
        if (undeclared.Count > 0)
        {
            throw new PromptTemplateException(file, "template", $"uses undeclared variables: {string.Join(", ", undeclared)}");
        }

        var unused = declared.Except(used, StringComparer.Ordinal).ToList();
        if (unused.Count > 0)
        {
            throw new PromptTemplateException(file, "input_variables", $"declares variables the template never uses: {string.Join(", ", unused)}");
        }

        return new PromptTemplate(file, name, template, declared);
    }

    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var missing = Variables.Where(v => !values.ContainsKey(v)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{File}: no value for {string.Join(", ", missing)}.");
        }

        // One pass, so a value that itself contains "{{$x}}" (a candidate's answer may) is never expanded.
        var rendered = PlaceholderPattern().Replace(Template, m => values[m.Groups[1].Value]);
        return rendered.TrimEnd();
    }

    public string Render() => Render(new Dictionary<string, string>());

    private static List<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\{\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
