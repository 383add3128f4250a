namespace MockInterviewer.Domain.Bank;

public enum Language
{
    Ko,
    En,
}

public static class LanguageCodes
{
    public static string ToCode(this Language language) => language == Language.Ko ? "ko" : "en";

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "ko":
                language = Language.Ko;
                return true;
            case "en":
                language = Language.En;
                return true;
            default:
                language = Language.Ko;
                return false;
        }
    }
}
