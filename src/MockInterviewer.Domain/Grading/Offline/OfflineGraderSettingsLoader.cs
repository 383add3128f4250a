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
            ClauseBreaks = Patterns(document.ClauseBreaks, file, "clauseBreaks"),
            MaxQuoteChars = document.MaxQuoteChars is >= 40 ? document.MaxQuoteChars.Value
                : throw new PromptFileException(file, null, "maxQuoteChars", "must be 40 or more"),
            NegationBefore = Compile(NonBlank(document.NegationBefore, file, "negationBefore"), file, "negationBefore"),
            NegationAfter = Compile(NonBlank(document.NegationAfter, file, "negationAfter"), file, "negationAfter"),
            ContrastBefore = Compile(NonBlank(document.ContrastBefore, file, "contrastBefore"), file, "contrastBefore"),
            ContrastAfter = Compile(NonBlank(document.ContrastAfter, file, "contrastAfter"), file, "contrastAfter"),
            Narrative = Patterns(document.Narrative, file, "narrative"),
            StoryCues = StoryCues(document.Story, file),
            EchoWords = NonEmpty(document.EchoWords, file, "echoWords"),
            MinEchoWords = document.MinEchoWords is >= 1 ? document.MinEchoWords.Value
                : throw new PromptFileException(file, null, "minEchoWords", "must be 1 or more"),
            EchoShare = document.EchoShare is > 0 and <= 1 ? document.EchoShare.Value
                : throw new PromptFileException(file, null, "echoShare", "must be between 0 and 1"),
            SpecificDetails = Patterns(document.SpecificDetails, file, "specificDetails"),
            EchoStopwords = NonEmpty(document.EchoStopwords, file, "echoStopwords").ToHashSet(StringComparer.OrdinalIgnoreCase),
            StuckPatterns = Patterns(document.StuckPatterns, file, "stuckPatterns"),
            StuckFillers = Patterns(document.StuckFillers, file, "stuckFillers"),
            MaxStuckLeftoverWords = document.MaxStuckLeftoverWords is >= 0 ? document.MaxStuckLeftoverWords.Value
                : throw new PromptFileException(file, null, "maxStuckLeftoverWords", "must be 0 or more"),
        };
    }

    private static List<Regex> Patterns(List<string>? values, string file, string field) =>
        NonEmpty(values, file, field).Select((p, i) => Compile(p, file, $"{field}[{i}]")).ToList();

    private static string NonBlank(string? value, string file, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new PromptFileException(file, null, field, "is missing") : value;

    // Every step a bank point may be judged by needs its cues.
    private static Dictionary<StarStep, IReadOnlyList<Regex>> StoryCues(Dictionary<string, List<string>>? story, string file)
    {
        var cues = new Dictionary<StarStep, IReadOnlyList<Regex>>();
        foreach (var (name, patterns) in story ?? [])
        {
            if (!Enum.TryParse<StarStep>(name, ignoreCase: true, out var step))
            {
                throw new PromptFileException(file, null, $"story.{name}", $"not a story step ({string.Join(", ", Enum.GetNames<StarStep>())})");
            }

            cues[step] = Patterns(patterns, file, $"story.{name}");
        }

        foreach (var step in new[] { StarStep.Situation, StarStep.Action, StarStep.Result, StarStep.Reflection })
        {
            if (!cues.ContainsKey(step))
            {
                throw new PromptFileException(file, null, $"story.{step.ToString().ToLowerInvariant()}", "is missing");
            }
        }

        return cues;
    }

    private static List<string> NonEmpty(List<string>? values, string file, string field) =>
        values is { Count: > 0 } && values.All(v => !string.IsNullOrWhiteSpace(v))
            ? values
            : throw new PromptFileException(file, null, field, "needs at least one non-blank entry");

    // Compiled to IL: a few dozen short cues every grading runs, cheap to compile once at start-up (a question's own
    // patterns wait until the question is in use: QuestionPatterns).
    private static Regex Compile(string pattern, string file, string field)
    {
        try
        {
            return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, PatternTimeout.Value);
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
        public List<string>? ClauseBreaks { get; set; }
        public int? MaxQuoteChars { get; set; }
        public string? NegationBefore { get; set; }
        public string? NegationAfter { get; set; }
        public string? ContrastBefore { get; set; }
        public string? ContrastAfter { get; set; }
        public List<string>? Narrative { get; set; }
        public Dictionary<string, List<string>>? Story { get; set; }
        public List<string>? EchoWords { get; set; }
        public int? MinEchoWords { get; set; }
        public double? EchoShare { get; set; }
        public List<string>? SpecificDetails { get; set; }
        public List<string>? EchoStopwords { get; set; }
        public List<string>? StuckPatterns { get; set; }
        public List<string>? StuckFillers { get; set; }
        public int? MaxStuckLeftoverWords { get; set; }
    }
}
