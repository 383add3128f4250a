using System.Text.Json;

namespace MockInterviewer.Cli.Texts;

/// <summary>The words the terminal client shows, in the interview's language (ko or en), read from labels.json.</summary>
public sealed class Labels
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> All = new(Load);
    private readonly IReadOnlyDictionary<string, string> _texts;

    private Labels(string language, IReadOnlyDictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
    }

    public string Language { get; }

    public static IReadOnlyCollection<string> Languages => All.Value.Keys.ToList();

    /// <summary>Korean unless <paramref name="language"/> is another language the labels have.</summary>
    public static Labels For(string? language) =>
        language is not null && All.Value.TryGetValue(language, out var texts) ? new Labels(language, texts) : new Labels("ko", All.Value["ko"]);

    public IEnumerable<string> Keys => _texts.Keys;

    public bool Has(string key) => _texts.ContainsKey(key);

    /// <param name="values">Pairs of a placeholder's name (without braces) and its value.</param>
    public string Text(string key, params (string Name, object Value)[] values)
    {
        var text = _texts.TryGetValue(key, out var found) ? found : key;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Load()
    {
        using var stream = typeof(Labels).Assembly.GetManifestResourceStream("MockInterviewer.Cli.labels.json")
            ?? throw new InvalidOperationException("labels.json is missing from the assembly.");
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
            ?? throw new InvalidOperationException("labels.json is empty.");
        return parsed.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value);
    }
}
