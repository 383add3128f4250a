using System.Text;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Phrases;

/// <summary>The offline engine's words, in both languages, keyed by name, with {placeholders}.</summary>
public sealed class PhraseBook
{
    private readonly IReadOnlyDictionary<string, LocalizedText> _phrases;

    public PhraseBook(IReadOnlyDictionary<string, LocalizedText> phrases) => _phrases = phrases;

    public IEnumerable<string> Keys => _phrases.Keys;

    public bool Contains(string key) => _phrases.ContainsKey(key);

    public string Get(string key, Language language, params (string Name, object Value)[] values)
    {
        if (!_phrases.TryGetValue(key, out var phrase))
        {
            throw new KeyNotFoundException($"The phrase '{key}' is missing from prompts/offline.");
        }

        var text = new StringBuilder(phrase.In(language));
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
