using MockInterviewer.Domain.Bank;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace MockInterviewer.Domain.Phrases;

public static class PhraseBookLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <param name="requiredKeys">Keys the code uses; a missing one stops start-up.</param>
    public static PhraseBook LoadDirectory(string directory, IEnumerable<string> requiredKeys)
    {
        var phrases = new Dictionary<string, IReadOnlyList<LocalizedText>>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(directory, "*.yaml").OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            Dictionary<string, Dictionary<string, object>>? entries;
            try
            {
                entries = Deserializer.Deserialize<Dictionary<string, Dictionary<string, object>>>(File.ReadAllText(path));
            }
            catch (YamlException e)
            {
                throw new PromptFileException(file, null, "(syntax)", $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
            }

            foreach (var (key, texts) in entries ?? [])
            {
                var ko = Wordings(texts.GetValueOrDefault("ko"));
                var en = Wordings(texts.GetValueOrDefault("en"));
                if (ko.Count == 0 || en.Count == 0 || ko.Concat(en).Any(string.IsNullOrWhiteSpace))
                {
                    throw new PromptFileException(file, null, key, "both 'ko' and 'en' are needed");
                }

                if (ko.Count != en.Count)
                {
                    throw new PromptFileException(file, null, key, $"'ko' has {ko.Count} variants and 'en' {en.Count}; they must match");
                }

                if (!phrases.TryAdd(key, ko.Zip(en, (k, e) => new LocalizedText(k, e)).ToList()))
                {
                    throw new PromptFileException(file, null, key, "the phrase is defined twice");
                }
            }
        }

        var missing = requiredKeys.Where(k => !phrases.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new PromptFileException(directory, null, string.Join(", ", missing), "these phrases are missing");
        }

        return new PhraseBook(phrases);
    }

    // One wording, or a list of variants.
    private static List<string> Wordings(object? value) => value switch
    {
        string text => [text],
        IEnumerable<object> list => list.Select(v => v as string ?? "").ToList(),
        _ => [],
    };
}
