using System.Text;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Phrases;

/// <summary>
/// The offline engine's words, in both languages, keyed by name, with {placeholders}. A key may hold several
/// wordings (variants) so that what is said often does not sound the same every time.
/// </summary>
public sealed class PhraseBook
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>> _phrases;

    public PhraseBook(IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>> phrases) => _phrases = phrases;

    public IEnumerable<string> Keys => _phrases.Keys;

    public bool Contains(string key) => _phrases.ContainsKey(key);

    public int VariantCount(string key) => Variants(key).Count;

    /// <summary>The phrase's first wording.</summary>
    public string Get(string key, Language language, params (string Name, object Value)[] values) =>
        Variant(key, 0, language, values);

    /// <param name="variant">Any number: it wraps around the key's wordings, so consecutive numbers give different ones.</param>
    public string Variant(string key, int variant, Language language, params (string Name, object Value)[] values)
    {
        var variants = Variants(key);
        var text = new StringBuilder(variants[((variant % variants.Count) + variants.Count) % variants.Count].In(language));
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private IReadOnlyList<LocalizedText> Variants(string key) =>
        _phrases.TryGetValue(key, out var variants)
            ? variants
            : throw new KeyNotFoundException($"The phrase '{key}' is missing from prompts/offline.");
}
