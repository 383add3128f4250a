using MockInterviewer.Domain.Bank;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MockInterviewer.Domain.Tailoring;

public static class PostingWordsLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static PostingWords Load(string path)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new PromptFileException(path, null, "path", "the job posting word lists are missing");
        }

        Document? document;
        try
        {
            document = Deserializer.Deserialize<Document>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new PromptFileException(file, null, "(syntax)", $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        List<string> Words(List<string>? words, string field)
        {
            var cleaned = (words ?? throw new PromptFileException(file, null, field, "the list is missing"))
                .Select(w => w?.Trim().ToLowerInvariant() ?? "")
                .ToList();
            if (cleaned.Count == 0 || cleaned.Any(w => w.Length == 0))
            {
                throw new PromptFileException(file, null, field, "the list is empty or holds a blank word");
            }

            return cleaned.Distinct(StringComparer.Ordinal).ToList();
        }

        var expansions = (document?.Expansions ?? [])
            .Select((e, i) => new PostingExpansion(Words(e.When, $"expansions[{i}].when"), Words(e.Means, $"expansions[{i}].means")))
            .ToList();
        return new PostingWords(
            Words(document?.Sections?.Skip, "sections.skip"),
            Words(document?.Sections?.Keep, "sections.keep"),
            Words(document?.StopWords?.GetValueOrDefault("ko"), "stopWords.ko")
                .Concat(Words(document?.StopWords?.GetValueOrDefault("en"), "stopWords.en"))
                .Select(PostingText.Compact)
                .ToHashSet(StringComparer.Ordinal),
            Words(document?.KoreanEndings, "koreanEndings").OrderByDescending(e => e.Length).ToList(),
            expansions);
    }

    private sealed class Document
    {
        public SectionsDocument? Sections { get; set; }

        public Dictionary<string, List<string>>? StopWords { get; set; }

        public List<string>? KoreanEndings { get; set; }

        public List<ExpansionDocument>? Expansions { get; set; }
    }

    private sealed class SectionsDocument
    {
        public List<string>? Skip { get; set; }

        public List<string>? Keep { get; set; }
    }

    private sealed class ExpansionDocument
    {
        public List<string>? When { get; set; }

        public List<string>? Means { get; set; }
    }
}
