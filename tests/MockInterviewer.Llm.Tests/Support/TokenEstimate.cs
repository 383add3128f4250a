namespace MockInterviewer.Llm.Tests.Support;

/// <summary>
/// A rough token count, the same on both sides of a comparison: a Hangul or CJK character is about one token
/// in common tokenizers, other text about four characters a token.
/// </summary>
internal static class TokenEstimate
{
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var wide = text.Count(IsWide);
        return wide + (text.Length - wide + 3) / 4;
    }

    private static bool IsWide(char c) =>
        c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF';
}
