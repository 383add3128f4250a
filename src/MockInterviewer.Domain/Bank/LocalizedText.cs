namespace MockInterviewer.Domain.Bank;

public sealed record LocalizedText(string Ko, string En)
{
    public string In(Language language) => language == Language.Ko ? Ko : En;
}
