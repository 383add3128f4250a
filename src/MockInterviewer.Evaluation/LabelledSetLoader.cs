using MockInterviewer.Domain.Bank;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MockInterviewer.Evaluation;

public static class LabelledSetLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<LabelledAnswer> LoadDirectory(string directory) =>
        Directory.GetFiles(directory, "*.yaml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => Load(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();

    public static IEnumerable<LabelledAnswer> Load(string file, string yaml)
    {
        var entries = Deserializer.Deserialize<List<Entry>>(yaml) ?? [];
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(entry.Question) || string.IsNullOrWhiteSpace(entry.Answer)
                || !LanguageCodes.TryParse(entry.Language, out var language)
                || !Enum.TryParse<Label>(entry.Label?.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var label))
            {
                throw new PromptFileException(file, entry.Question, $"[{index}]", "needs question, language (ko|en), label and answer");
            }

            yield return new LabelledAnswer(entry.Question, language, label, entry.Answer);
        }
    }

    private sealed class Entry
    {
        public string? Question { get; set; }
        public string? Language { get; set; }
        public string? Label { get; set; }
        public string? Answer { get; set; }
    }
}
