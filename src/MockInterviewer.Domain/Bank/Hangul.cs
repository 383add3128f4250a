namespace MockInterviewer.Domain.Bank;

public static class Hangul
{
    /// <summary>A precomposed Hangul syllable (가 to 힣), the unit of Korean text.</summary>
    public static bool IsSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
