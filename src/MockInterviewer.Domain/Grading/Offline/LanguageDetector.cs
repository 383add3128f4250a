using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

public static class LanguageDetector
{
    // Korean answers carry English terms (SMOTE, F1, Docker), so a modest share of Hangul means Korean.
    private const double KoreanShare = 0.2;

    public static Language Detect(string text)
    {
        int hangul = 0, latin = 0;
        foreach (var c in text)
        {
            if (Hangul.IsSyllable(c))
            {
                hangul++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Hangul syllable carries about three letters' worth of text.
        return hangul * 3 >= KoreanShare * (hangul * 3 + latin) && hangul > 0 ? Language.Ko : Language.En;
    }
}
