using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Llm.Prompts;

internal static class LanguageNames
{
    public static string DisplayName(this Language language) => language == Language.Ko ? "Korean (한국어)" : "English";
}
