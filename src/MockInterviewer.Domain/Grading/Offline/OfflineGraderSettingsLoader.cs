using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MockInterviewer.Domain.Grading.Offline;

public static class OfflineGraderSettingsLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static OfflineGraderSettings Load(string path)
    {
        var file = Path.GetFileName(path);
        Document document;
        try
        {
            document = Deserializer.Deserialize<Document>(File.ReadAllText(path)) ?? new Document();
        }
        catch (YamlException e)
        {
            throw new PromptFileException(file, null, "(syntax)", $"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        return new OfflineGraderSettings
        {
            KoreanEndings = NonEmpty(document.KoreanEndings, file, "koreanEndings")
                .OrderByDescending(e => e.Length).ToList(),
            KoreanConnectives = NonEmpty(document.KoreanConnectives, file, "koreanConnectives"),
            EnglishWords = NonEmpty(document.EnglishWords, file, "englishWords").ToHashSet(StringComparer.OrdinalIgnoreCase),
            MinExplanationWords = document.MinExplanationWords is > 0 ? document.MinExplanationWords.Value
                : throw new PromptFileException(file, null, "minExplanationWords", "must be a positive number"),
            MinExplanationWordsKorean = document.MinExplanationWordsKorean is > 0 ? document.MinExplanationWordsKorean.Value
                : throw new PromptFileException(file, null, "minExplanationWordsKorean", "must be a positive number"),
            ListSeparators = NonEmpty(document.ListSeparators, file, "listSeparators"),
            MinListItems = document.MinListItems is > 1 ? document.MinListItems.Value
                : throw new PromptFileException(file, null, "minListItems", "must be 2 or more"),
            BareItemShare = document.BareItemShare is > 0 and <= 1 ? document.BareItemShare.Value
                : throw new PromptFileException(file, null, "bareItemShare", "must be between 0 and 1"),
            GraderInstructionPatterns = NonEmpty(document.GraderInstructionPatterns, file, "graderInstructionPatterns")
                .Select((p, i) => Compile(p, file, $"graderInstructionPatterns[{i}]")).ToList(),
            StuckPatterns = NonEmpty(document.StuckPatterns, file, "stuckPatterns")
                .Select((p, i) => Compile(p, file, $"stuckPatterns[{i}]")).ToList(),
        };
    }

    private static List<string> NonEmpty(List<string>? values, string file, string field) =>
        values is { Count: > 0 } && values.All(v => !string.IsNullOrWhiteSpace(v))
            ? values
            : throw new PromptFileException(file, null, field, "needs at least one non-blank entry");

    private static Regex Compile(string pattern, string file, string field)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (ArgumentException e)
        {
            throw new PromptFileException(file, null, field, e.Message);
        }
    }

    private sealed class Document
    {
        public List<string>? KoreanEndings { get; set; }
        public List<string>? KoreanConnectives { get; set; }
        public List<string>? EnglishWords { get; set; }
        public int? MinExplanationWords { get; set; }
        public int? MinExplanationWordsKorean { get; set; }
        public List<string>? ListSeparators { get; set; }
        public int? MinListItems { get; set; }
        public double? BareItemShare { get; set; }
        public List<string>? GraderInstructionPatterns { get; set; }
        public List<string>? StuckPatterns { get; set; }
    }
}
