using System.Globalization;
using MockInterviewer.Domain.Bank;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace MockInterviewer.Domain.Reports;

public static class WordListsLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static WordLists Load(string path)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new PromptFileException(path, null, "path", "the report's word lists are missing");
        }

        Dictionary<string, Dictionary<string, object>>? document;
        try
        {
            document = Deserializer.Deserialize<Dictionary<string, Dictionary<string, object>>>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new PromptFileException(file, null, "(syntax)", $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        List<string> Words(string key, params string[] languages)
        {
            var lists = document?.GetValueOrDefault(key);
            var words = languages
                .SelectMany(language => lists?.GetValueOrDefault(language) as List<object> ?? throw new PromptFileException(file, null, $"{key}.{language}", "the list is missing"))
                .Select(w => (w as string)?.Trim().ToLowerInvariant() ?? "")
                .ToList();
            if (words.Count == 0 || words.Any(w => w.Length == 0))
            {
                throw new PromptFileException(file, null, key, "a list is empty or holds a blank word");
            }

            return words.Distinct(StringComparer.Ordinal).ToList();
        }

        // Keyed by filler rather than by language; optional.
        var ordinaryAfter = ((IEnumerable<string>?)document?.GetValueOrDefault("ordinaryAfter")?.Keys ?? [])
            .ToDictionary(
                filler => filler.Trim().ToLowerInvariant(),
                filler => (IReadOnlySet<string>)Words("ordinaryAfter", filler).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);

        var fillers = Words("fillers", "ko", "en").Select(f => (IReadOnlyList<string>)f.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var stopWords = Words("stopWords", "ko", "en").ToHashSet(StringComparer.Ordinal);
        var particles = Words("particles", "ko").OrderByDescending(p => p.Length).ToList();
        var targets = (document?.GetValueOrDefault("targetSeconds") ?? []).ToDictionary(
            t => t.Key,
            t => int.TryParse(t.Value as string, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? seconds
                : throw new PromptFileException(file, null, $"targetSeconds.{t.Key}", "not a whole number of seconds above 0"),
            StringComparer.Ordinal);
        if (!targets.ContainsKey(WordLists.DefaultTarget))
        {
            throw new PromptFileException(file, null, $"targetSeconds.{WordLists.DefaultTarget}", "the default target is missing");
        }

        return new WordLists(fillers, stopWords, particles, ordinaryAfter, targets);
    }
}
