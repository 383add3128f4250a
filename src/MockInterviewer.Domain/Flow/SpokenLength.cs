using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Flow;

/// <summary>Estimates how long a text takes to say aloud, for the one-minute self-introduction.</summary>
public static class SpokenLength
{
    public const int TargetSeconds = 60;

    // Within this share of the target, a length is fine.
    private const double Tolerance = 0.25;

    // Typical interview pace: about 4.5 Korean syllables or 2.5 English words a second.
    private const double KoreanSyllablesPerSecond = 4.5;
    private const double EnglishWordsPerSecond = 2.5;

    public static int EstimateSeconds(string text, Language language)
    {
        var seconds = language == Language.Ko
            ? text.Count(c => Hangul.IsSyllable(c) || char.IsAsciiLetterOrDigit(c)) / KoreanSyllablesPerSecond
            : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length / EnglishWordsPerSecond;
        return (int)Math.Round(seconds);
    }

    public static LengthVerdict VerdictOf(int seconds, int targetSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetSeconds);
        var ratio = seconds / (double)targetSeconds;
        return ratio < 1 - Tolerance ? LengthVerdict.TooShort : ratio > 1 + Tolerance ? LengthVerdict.TooLong : LengthVerdict.Good;
    }
}
