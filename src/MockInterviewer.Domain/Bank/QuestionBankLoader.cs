using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace MockInterviewer.Domain.Bank;

/// <summary>
/// Reads every <c>*.yaml</c> of the bank folder and refuses a broken file with a message that names
/// the file, the question and the field.
/// </summary>
public static partial class QuestionBankLoader
{
    public const int MinReferencePoints = 2;
    public const int WeightTotal = 100;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static QuestionBank LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new PromptFileException(directory, null, "path", "the question bank folder does not exist");
        }

        var files = Directory.GetFiles(directory, "*.yaml").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new PromptFileException(directory, null, "path", "the folder holds no *.yaml bank file");
        }

        return Load(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
    }

    /// <param name="files">File names (for messages) and their YAML text.</param>
    public static QuestionBank Load(IEnumerable<(string Name, string Yaml)> files)
    {
        var tracks = new List<Track>();
        var questions = new List<Question>();
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (name, yaml) in files)
        {
            var document = Parse(name, yaml);
            var (track, trackQuestions) = new FileReader(name, document).Read();
            if (tracks.Any(t => t.Id == track.Id))
            {
                throw new PromptFileException(name, null, "track", $"track '{track.Id}' is already defined by another file");
            }

            tracks.Add(track);
            foreach (var question in trackQuestions)
            {
                if (!origins.TryAdd(question.Id, name))
                {
                    throw new PromptFileException(name, question.Id, "id", $"the id is already used in {origins[question.Id]}");
                }

                questions.Add(question);
            }
        }

        foreach (var question in questions)
        {
            var unknown = question.AlsoIn.FirstOrDefault(t => tracks.All(track => track.Id != t));
            if (unknown is not null)
            {
                throw new PromptFileException(origins[question.Id], question.Id, "alsoIn", $"unknown track '{unknown}'");
            }
        }

        return new QuestionBank(tracks, questions);
    }

    private static BankFileDocument Parse(string name, string yaml)
    {
        try
        {
            return Deserializer.Deserialize<BankFileDocument>(yaml)
                ?? throw new PromptFileException(name, null, "(file)", "the file is empty");
        }
        catch (YamlException e)
        {
            var field = e.InnerException is not null ? "(structure)" : "(syntax)";
            var reason = e.InnerException?.Message ?? e.Message;
            throw new PromptFileException(name, null, field, $"line {e.Start.Line}, column {e.Start.Column}: {reason}");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    private sealed class FileReader(string file, BankFileDocument document)
    {
        private string? _questionId;

        public (Track Track, List<Question> Questions) Read()
        {
            var trackId = Required(document.Track, "track");
            Check(KebabCase().IsMatch(trackId), "track", "must be kebab-case, such as 'ml-junior'");
            var title = Text(document.Title, "title");
            Check(document.Categories is { Count: > 0 }, "categories", "at least one category is needed");
            var categories = document.Categories!.ToDictionary(
                c => c.Key,
                c => Text(c.Value, $"categories.{c.Key}"),
                StringComparer.Ordinal);
            var lexicon = document.Lexicon ?? [];

            Check(document.Questions is { Count: > 0 }, "questions", "the file has no questions");
            var questions = new List<Question>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var q in document.Questions!)
            {
                _questionId = null;
                var id = Required(q.Id, "id");
                _questionId = id;
                Check(KebabCase().IsMatch(id), "id", "must be kebab-case, such as 'ml-large-data'");
                Check(ids.Add(id), "id", "duplicate question id");
                questions.Add(ReadQuestion(trackId, q, id, categories, lexicon));
            }

            return (new Track(trackId, title, categories), questions);
        }

        private Question ReadQuestion(
            string trackId,
            QuestionDocument q,
            string id,
            Dictionary<string, LocalizedText> categories,
            Dictionary<string, List<string>> lexicon)
        {
            var category = Required(q.Category, "category");
            Check(categories.ContainsKey(category), "category", $"'{category}' is not one of the file's categories");
            var difficulty = ParseEnum<Difficulty>(q.Difficulty, "difficulty");
            var rarity = ParseEnum<Rarity>(q.Rarity, "rarity");
            var text = Text(q.Text, "text");

            Check(q.ReferencePoints is { Count: >= MinReferencePoints }, "referencePoints",
                $"at least {MinReferencePoints} reference points are needed");
            var points = q.ReferencePoints!.Select((p, i) => ReadPoint(p, i, lexicon)).ToList();
            var duplicate = points.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
            Check(duplicate is null, "referencePoints", $"duplicate point id '{duplicate?.Key}'");
            var total = points.Sum(p => p.Weight);
            Check(total == WeightTotal, "referencePoints.weight", $"weights sum to {total}; they must sum to {WeightTotal}");

            Check(q.FollowUps is { Count: > 0 }, "followUps", "at least one follow-up is needed");
            var followUps = q.FollowUps!.Select((f, i) => ReadFollowUp(f, i, points)).ToList();

            Check(q.Hints is { Count: > 0 }, "hints", "at least one hint is needed");
            var hints = q.Hints!.Select((h, i) => Text(h, $"hints[{i}]")).ToList();
            var modelAnswer = Text(q.ModelAnswer, "modelAnswer");
            var alsoIn = (q.AlsoIn ?? []).Where(t => t != trackId).Distinct(StringComparer.Ordinal).ToList();
            var source = string.IsNullOrWhiteSpace(q.Source) ? null : q.Source.Trim();

            var misreadings = (q.Misreadings ?? []).Select((m, i) => ReadMisreading(m, i, lexicon)).ToList();
            var duplicateMisreading = misreadings.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
            Check(duplicateMisreading is null, "misreadings", $"duplicate misreading id '{duplicateMisreading?.Key}'");

            return new Question(id, trackId, category, difficulty, rarity, text, points, followUps, hints, modelAnswer, alsoIn, source)
            {
                Personal = document.Personal ?? false,
                Misreadings = misreadings,
            };
        }

        private LikelyMisreading ReadMisreading(MisreadingDocument m, int index, Dictionary<string, List<string>> lexicon)
        {
            var field = $"misreadings[{index}]";
            var id = Required(m.Id, $"{field}.id");
            Check(KebabCase().IsMatch(id), $"{field}.id", "must be kebab-case, such as 'normalization'");
            var label = Text(m.Label, $"{field}.label");
            Check(m.Concepts is { Count: > 0 }, $"{field}.concepts", "at least one concept is needed");
            var concepts = m.Concepts!.Select((c, i) => ExpandConcept(c, $"{field}.concepts[{i}]", lexicon)).ToList();
            var require = m.Require ?? 1;
            Check(require >= 1 && require <= concepts.Count, $"{field}.require", $"must be between 1 and {concepts.Count}");
            return new LikelyMisreading(id, label, concepts, require);
        }

        private ReferencePoint ReadPoint(ReferencePointDocument p, int index, Dictionary<string, List<string>> lexicon)
        {
            var field = $"referencePoints[{index}]";
            var id = Required(p.Id, $"{field}.id");
            Check(p.Weight is > 0 and <= WeightTotal, $"{field}.weight", $"must be a whole number from 1 to {WeightTotal}");
            var text = Text(p.Text, $"{field}.text");
            var advice = Advice(p.Advice, id, $"{field}.advice");
            var concepts = (p.Concepts ?? []).Select((c, i) => ExpandConcept(c, $"{field}.concepts[{i}]", lexicon)).ToList();
            var story = (p.Story ?? []).Select((s, i) => ParseEnum<StarStep>(s, $"{field}.story[{i}]")).Distinct().ToList();
            Check(concepts.Count + story.Count > 0, $"{field}.concepts", "at least one concept or story step is needed");
            var ideas = concepts.Count + story.Count;
            var require = p.Require ?? DefaultRequire(ideas);
            Check(require >= 1 && require <= ideas, $"{field}.require", $"must be between 1 and {ideas}");

            var subject = p.Subject is null ? [] : ExpandConcept(p.Subject, $"{field}.subject", lexicon);
            var contradicts = (p.Contradicts ?? []).Select((c, i) => ReadContradiction(c, $"{field}.contradicts[{i}]", subject, lexicon)).ToList();

            return new ReferencePoint(id, text, advice, p.Weight!.Value, concepts, require)
            {
                Subject = subject,
                Contradicts = contradicts,
                Story = story,
            };
        }

        private Contradiction ReadContradiction(ContradictionDocument c, string field, List<string> subject, Dictionary<string, List<string>> lexicon)
        {
            var of = c.Of is null ? subject : ExpandConcept(c.Of, $"{field}.of", lexicon);
            Check(of.Count > 0, $"{field}.of", "say what it is said of, or give the point a subject");
            return new Contradiction(of, ExpandConcept(c.Says, $"{field}.says", lexicon));
        }

        // Required on every point, so the feedback never falls back to pasting the rubric sentence.
        private LocalizedText Advice(LocalizedTextDocument? advice, string pointId, string field)
        {
            Check(advice is not null, field, $"point '{pointId}' has no advice: one sentence to the candidate, in 'ko' and 'en'");
            Check(!string.IsNullOrWhiteSpace(advice!.Ko), $"{field}.ko", $"point '{pointId}': the Korean advice is missing");
            Check(!string.IsNullOrWhiteSpace(advice.En), $"{field}.en", $"point '{pointId}': the English advice is missing");
            return new LocalizedText(advice.Ko!.Trim(), advice.En!.Trim());
        }

        private static int DefaultRequire(int conceptCount) => conceptCount <= 2 ? conceptCount : conceptCount - 1;

        private List<string> ExpandConcept(List<string>? terms, string field, Dictionary<string, List<string>> lexicon)
        {
            Check(terms is { Count: > 0 }, field, "a concept needs at least one term");
            var expanded = new List<string>();
            foreach (var term in terms!)
            {
                Check(!string.IsNullOrWhiteSpace(term), field, "a term is blank");
                if (term.StartsWith('@'))
                {
                    Check(lexicon.TryGetValue(term[1..], out var group), field, $"unknown lexicon group '{term}'");
                    expanded.AddRange(group!);
                }
                else
                {
                    expanded.Add(term.Trim());
                }
            }

            return expanded.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        private FollowUp ReadFollowUp(FollowUpDocument f, int index, List<ReferencePoint> points)
        {
            var field = $"followUps[{index}]";
            var probes = Required(f.Probes, $"{field}.probes");
            Check(points.Any(p => p.Id == probes), $"{field}.probes", $"'{probes}' is not a reference point of this question");
            StarStep? star = f.Star is null ? null : ParseEnum<StarStep>(f.Star, $"{field}.star");
            var hint = f.Hint is null ? null : Text(f.Hint, $"{field}.hint");
            return new FollowUp(probes, star, Text(f.Text, $"{field}.text"), hint);
        }

        private LocalizedText Text(LocalizedTextDocument? text, string field)
        {
            Check(text is not null, field, "both 'ko' and 'en' are needed");
            Check(!string.IsNullOrWhiteSpace(text!.Ko), $"{field}.ko", "the Korean text is missing");
            Check(!string.IsNullOrWhiteSpace(text.En), $"{field}.en", "the English text is missing");
            return new LocalizedText(text.Ko!.Trim(), text.En!.Trim());
        }

        private TEnum ParseEnum<TEnum>(string? value, string field)
            where TEnum : struct, Enum
        {
            var raw = Required(value, field);
            var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(ToKebab));
            Check(Enum.TryParse<TEnum>(raw.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
                  && ToKebab(parsed.ToString()) == raw, field, $"'{raw}' is not one of: {allowed}");
            return parsed;
        }

        private string Required(string? value, string field)
        {
            Check(!string.IsNullOrWhiteSpace(value), field, "is missing");
            return value!.Trim();
        }

        private void Check(bool condition, string field, string problem)
        {
            if (!condition)
            {
                throw new PromptFileException(file, _questionId, field, problem);
            }
        }

        private static string ToKebab(string pascal) =>
            string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
