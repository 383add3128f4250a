using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Phrases;

/// <summary>
/// Which form a number takes ("1 minute" but "2 minutes"; "1st", "2nd", "3rd", "11th"), following the CLDR
/// plural rules. Korean counts have one form, and its ordinals are words ("첫 번째"), so it is always Other;
/// the words themselves live in prompts/offline under <c>count.*</c> and <c>ordinal.*</c>.
/// </summary>
public static class NumberForms
{
    public static PluralCategory Cardinal(int number, Language language) =>
        language == Language.En && number == 1 ? PluralCategory.One : PluralCategory.Other;

    public static PluralCategory Ordinal(int number, Language language)
    {
        if (language != Language.En)
        {
            return PluralCategory.Other;
        }

        var (lastDigit, lastTwo) = (Math.Abs(number) % 10, Math.Abs(number) % 100);
        return lastDigit switch
        {
            1 when lastTwo != 11 => PluralCategory.One,
            2 when lastTwo != 12 => PluralCategory.Two,
            3 when lastTwo != 13 => PluralCategory.Few,
            _ => PluralCategory.Other,
        };
    }

    /// <summary>"{count} minutes" in the form the number needs, from the phrases <c>count.{noun}.one|other</c>.</summary>
    public static string Count(this PhraseBook phrases, string noun, int count, Language language) =>
        phrases.Get($"count.{noun}.{Key(Cardinal(count, language))}", language, ("count", count));

    /// <summary>
    /// "first", "두 번째": the word from <c>ordinal.{n}</c> where the phrases have one, else the number with
    /// its ending from <c>ordinal.n.{category}</c> ("11th", "11번째").
    /// </summary>
    public static string Ordinal(this PhraseBook phrases, int number, Language language) =>
        phrases.Contains($"ordinal.{number}")
            ? phrases.Get($"ordinal.{number}", language)
            : phrases.Get($"ordinal.n.{Key(Ordinal(number, language))}", language, ("n", number));

    /// <summary>The phrase keys these helpers may read, for the start-up check.</summary>
    public static IEnumerable<string> PhraseKeys(params string[] nouns) =>
        nouns.SelectMany(n => new[] { $"count.{n}.one", $"count.{n}.other" })
            .Concat(Enum.GetValues<PluralCategory>().Select(c => $"ordinal.n.{Key(c)}"));

    private static string Key(PluralCategory category) => category.ToString().ToLowerInvariant();
}
