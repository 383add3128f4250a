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
        var phrases = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(directory, "*.yaml").OrderBy(p => p, StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            Dictionary<string, Dictionary<string, string>>? entries;
            try
            {
                entries = Deserializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(path));
            }
            catch (YamlException e)
            {
                throw new PromptFileException(file, null, "(syntax)", $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
            }

            foreach (var (key, texts) in entries ?? [])
            {
                var ko = texts.GetValueOrDefault("ko");
                var en = texts.GetValueOrDefault("en");
                if (string.IsNullOrWhiteSpace(ko) || string.IsNullOrWhiteSpace(en))
                {
                    throw new PromptFileException(file, null, key, "both 'ko' and 'en' are needed");
                }

                if (!phrases.TryAdd(key, new LocalizedText(ko, en)))
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
}
